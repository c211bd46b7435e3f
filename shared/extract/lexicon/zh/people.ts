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
  ['总领事', 'Consul General'],
  ['副总领事', 'Deputy Consul General'],
  ['领事', 'Consul'],
  ['参赞', 'Counsellor'],
  ['公使', 'Minister-Counsellor'],
  ['州长', 'Akim'],
  ['副州长', 'Deputy Akim'],
  ['市长', 'Mayor'],
  ['副市长', 'Deputy Mayor'],
  ['副省长', 'Vice Governor'],
  ['省委书记', 'Party Secretary'],
  ['党委书记', 'Party Secretary'],
  ['区党委书记', 'Party Secretary'],
  ['常务副主席', 'Executive Vice Chairman'],
  ['秘书长', 'Secretary-General'],
  ['总经理', 'General Manager'],
  ['总裁', 'President'],
  ['行长', 'Chairman'],
  ['局长', 'Head'],
  ['署长', 'Head'],
  ['司长', 'Director-General'],
  ['主任', 'Director'],
  ['会长', 'Chairman'],
  ['委员长', 'Chairman'],
  ['副委员长', 'Vice Chairman'],
  ['国防部长', 'Minister of Defence'],
  ['贸易和一体化部部长', 'Minister of Trade and Integration'],
  ['能源部长', 'Minister of Energy'],
  ['农业部长', 'Minister of Agriculture'],
  ['交通部长', 'Minister of Transport'],
  ['国务秘书', 'State Secretary'],
  ['临时代办', "Chargé d'Affaires"],
  ['特别代表', 'Special Representative'],
  ['特使', 'Special Envoy'],
  ['阿基姆', 'Akim'],
  ['理事长', 'Chairman'],
];
/** Verbs and particles that end a name written after its title («外交部长王毅会见…»). */
export const NAME_STOPS_ZH =
  '会见会谈表示说指出同与和在于对向将已为是的了并就时通举出访抵致签共见强认祝介欢感希'.split('');
/**
 * Characters that end a two-character name when they come third: verbs and particles that follow a name as
 * often («蒋薇率团», «王强一行», «李明应邀», «张华等») but are given names' second characters too (赵一德).
 */
export const NAME_ENDS_ZH =
  '率应一接参等还也及则赴到任作讲听带陪观称提回给让把被均都亦先随再又即更分主首近日今昨撰答谈'.split('');
/**
 * Two-character verbs that follow a name written after its title («总经理葛健透露», «董事长刘明介绍»): their first
 * character is no particle (NAME_STOPS_ZH), so without them the name would run on into the verb.
 */
export const VERBS_AFTER_NAMES_ZH = [
  '透露',
  '介绍',
  '宣布',
  '提出',
  '发表',
  '主持',
  '出席',
  '参加',
  '回答',
  '称赞',
  '讲话',
  '致辞',
  '补充',
  '谈到',
  '提到',
  '呼吁',
  '建议',
  '告诉',
  '率领',
  '带领',
  '看望',
  '考察',
  '参观',
  '答谢',
  '宴请',
  '注意',
  '坦言',
  '回顾',
  '高度',
  // Verbs whose first character is also a particle: a name's third character before them is still the name's.
  '举行',
  '会见',
  '会谈',
  '表示',
  '指出',
  '强调',
  '认为',
  '感谢',
  '欢迎',
  '希望',
  '祝贺',
  '同意',
];
/**
 * Prepositions and adverbs that stand between a name and its verb («张华在致辞中», «王军于会上讲话»): one right
 * after a two-character name ends it even when a verb follows it, where a third given-name character never is one.
 */
export const NAME_PREPOSITIONS_ZH = '在于对向就将已曾'.split('');
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
/** The common Chinese surnames: an unknown name after a title must start with one (战略 is no name). */
export const SURNAMES_ZH = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(
    '',
  ),
];
/** Two-character words that follow a title but are no name («部长表示», «大使一行»). */
export const NOT_NAMES_ZH = [
  '成功',
  '高度',
  '方面',
  '同志',
  '先生',
  '女士',
  '一行',
  '表示',
  '强调',
  '阁下',
  '本人',
  '任内',
];
