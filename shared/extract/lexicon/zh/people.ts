/** Chinese role words (data only): the title as written → the English role officials use. Longest first wins. */
export const ROLES_ZH: ReadonlyArray<readonly [zh: string, en: string]> = [
  ['国家主席', 'President'],
  ['总统', 'President'],
  ['国务院总理', 'Premier'],
  ['总理', 'Prime Minister'],
  ['副总理兼外交部长', 'Deputy Prime Minister – Minister of Foreign Affairs'],
  ['第一副总理', 'First Deputy Prime Minister'],
  ['副总理', 'Deputy Prime Minister'],
  ['外交部长', 'Minister of Foreign Affairs'],
  ['外长', 'Minister of Foreign Affairs'],
  ['外交部副部长', 'Deputy Minister of Foreign Affairs'],
  ['副外长', 'Deputy Minister of Foreign Affairs'],
  ['外交部发言人', 'Spokesperson of the Ministry of Foreign Affairs'],
  ['发言人', 'Spokesperson'],
  ['商务部长', 'Minister of Commerce'],
  ['副部长', 'Deputy Minister'],
  ['部长助理', 'Assistant Minister'],
  ['部长', 'Minister'],
  ['副主席', 'Vice Chairman'],
  ['主席', 'Chairman'],
  ['省长', 'Governor'],
  ['书记', 'Secretary'],
  ['董事长', 'Chairman of the Board'],
  ['驻哈萨克斯坦大使', 'Ambassador to Kazakhstan'],
  ['驻华大使', 'Ambassador to China'],
  ['大使', 'Ambassador'],
  ['全国人大常委会委员长', 'Chairman of the NPC Standing Committee'],
  ['全国政协主席', 'Chairman of the CPPCC National Committee'],
  ['国家副主席', 'Vice President'],
  ['议长', 'Speaker'],
  ['参议院议长', 'Chairman of the Senate'],
  ['马日利斯议长', 'Chairman of the Mazhilis'],
  ['国务委员', 'State Councilor'],
];
/** Words after which a sentence only conveys someone's greetings: that person is mentioned, not present. */
export const GREETINGS_ZH = ['转达', '问候', '致意', '祝贺', '此前', '曾经'];
/** Verbs and particles that end a name written after its title («外交部长王毅会见…»). */
export const NAME_STOPS_ZH =
  '会见会谈表示说指出同与和在于对向将已为是的了并就时通举出访抵致签共见强认祝介欢感希'.split('');
/** Two-character surnames (the reading of the rest is the given name). */
export const COMPOUND_SURNAMES_ZH = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '尉迟',
  '长孙',
];
