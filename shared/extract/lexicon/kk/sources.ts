/**
 * News agencies by their Kazakh names and the words that cite one as a report's source («ҚазАқпарат хабарлайды»,
 * «Синьхуа агенттігінің хабарлауынша»): a report citing an outlet other than its own relays it, and its page day
 * is the relay's (see ../en/sources.ts). Kazakh puts the verb after the name. Data only; see ../../relay.ts.
 */
export const SOURCES_KK = {
  agencies: [
    'қазақпарат',
    'казинформ',
    'синьхуа',
    'хабар',
    'хабар 24',
    'тасс',
    'егемен қазақстан',
    'жэньминь жибао',
  ],
  citeBefore: ['деп хабарлайды', 'деп хабарлады', 'деп жазады', 'деп жазды'],
  citeAfter: [
    'хабарлайды',
    'хабарлады',
    'жазады',
    'агенттігінің хабарлауынша',
    'агенттігі хабарлайды',
    'хабарлауынша',
    'мәліметінше',
    'мәліметі бойынша',
  ],
} as const;

/**
 * One outlet's names in every script and after rebranding («ҚазАқпарат», «Казинформ», Kazinform, Qazinform): an
 * outlet citing itself under another of its names is its own story, not a relay. The first name of each group
 * stands for it.
 */
export const SAME_OUTLET: readonly (readonly string[])[] = [
  [
    'kazinform',
    'qazinform',
    'казинформ',
    'қазақпарат',
    'qazaqparat',
    'kazakparat',
    'миа казинформ',
    '哈通社',
    '哈萨克斯坦国际通讯社',
    '哈萨克国际通讯社',
  ],
  ['xinhua', 'синьхуа', 'xinhua news agency', '新华社', '新华网'],
  ['khabar', 'хабар', 'khabar 24', 'хабар 24', '24.kz'],
  ['tass', 'тасс'],
  ['akorda', 'ақорда', 'акорда'],
  ['kaztag', 'казтаг'],
  ['tengrinews', 'тенгриньюс'],
  ['interfax', 'интерфакс'],
  ['ria novosti', 'риа новости'],
  ['kursiv', 'курсив'],
  ['kabar', 'кабар'],
  ['trend', 'тренд'],
  ["people's daily", 'жэньминь жибао', '人民日报', '人民网'],
  ['cctv', '央视', '央视新闻', '央视网', 'cntv'],
  ['china news service', '中新社', '中新网'],
  ['egemen', 'егемен қазақстан', 'egemen qazaqstan'],
];
