/**
 * Words that date a text (data only; `eras.ts` reads them): names coined in a known year, which no text
 * written before that year uses, and the founding years anniversaries count from. Entries follow the lexicon
 * packs' syntax (`shared/extract/lexicon/build.ts`: a trailing `*` takes any ending, `/…/` is a regex source);
 * Han forms need no word boundary. Public dates: the COVID-19 pandemic (2020), the permanent comprehensive
 * strategic partnership of China and Kazakhstan (September 2019), the Global Development (2021), Security
 * (2022), Civilization (2023) and Governance (2025) Initiatives, the "golden thirty years" of relations after
 * their 30th anniversary (2022), the "New"/"Just Kazakhstan" reforms (2022), the China–Central Asia summits
 * (first by video in January 2022), the Belt and Road (2013).
 */

/** Names a text can use only from a year on: `from` and the words in en, ru, kk, zh. */
export const SINCE_WORDS: ReadonlyArray<{ from: number; words: readonly string[] }> = [
  {
    from: 2020,
    words: [
      'COVID*',
      'pandemic*',
      'coronavirus pandemic*',
      'пандеми*',
      'коронавирус*',
      'ковид*',
      '新冠',
      '冠病',
    ],
  },
  {
    from: 2019,
    words: [
      'permanent comprehensive strategic partner*',
      'eternal comprehensive strategic partner*',
      'вечн* всеобъемлющ* стратегическ* партн*',
      'мәңгілік жан-жақты стратегиялық серіктест*',
      '永久全面战略伙伴',
      '永久全面戰略夥伴',
    ],
  },
  {
    from: 2021,
    words: [
      'Global Development Initiative',
      'Глобальн* инициатив* развития',
      'Жаһандық даму бастама*',
      '全球发展倡议',
      '全球發展倡議',
    ],
  },
  {
    from: 2022,
    words: [
      'Global Security Initiative',
      'Глобальн* инициатив* безопасности',
      'Жаһандық қауіпсіздік бастама*',
      '全球安全倡议',
      '全球安全倡議',
      'golden thirty years',
      'golden 30 years',
      'golden 30th anniversary',
      'золот* тридцатилети*',
      'алтын отыз жыл*',
      '黄金三十年',
      '黄金30年',
      'New Kazakhstan',
      'Just Kazakhstan',
      'Fair Kazakhstan',
      // the slogan's case forms only: «новые казахстанские…» is not it
      '/(?:Нов|Справедлив)\\p{L}{1,3}\\s+Казахстан(?:а|е|у|ом)?/',
      '/(?:Жаңа|Әділетті)\\s+Қазақстан(?:ды|ның|да|ға|нан|ым)?/',
      '新哈萨克斯坦',
      '/China\\s*[–—‐-]\\s*Central\\s+Asia\\s+summit/',
      '/Центральная\\s+Азия\\s*[–—‐-]\\s*Китай»?\\s+саммит/',
      '/саммит\\p{L}*\\s+«?Центральная\\s+Азия\\s*[–—‐-]\\s*Китай/',
      '/Орталық\\s+Азия\\s*[–—‐-]\\s*Қытай»?\\s+саммит/',
      '/中国\\s*[—–‐－-]\\s*中亚峰会/',
    ],
  },
  {
    from: 2023,
    words: [
      'Global Civilization Initiative',
      'Глобальн* инициатив* цивилизаци*',
      'Жаһандық өркениет бастама*',
      '全球文明倡议',
      '全球文明倡議',
    ],
  },
  {
    from: 2025,
    words: [
      'Global Governance Initiative',
      'Инициатив* глобального управления',
      'Глобальн* инициатив* управления',
      'Жаһандық басқару бастама*',
      '全球治理倡议',
      '全球治理倡議',
    ],
  },
  {
    from: 2013,
    words: [
      'Belt and Road',
      'One Belt, One Road',
      'Silk Road Economic Belt',
      'Пояс* и пут*',
      'Один пояс* – один путь',
      'Экономическ* пояс* Шелкового пути',
      'Бір белдеу* – бір жол',
      'Белдеу және жол',
      '一带一路',
      '丝绸之路经济带',
    ],
  },
];

/**
 * What anniversaries count from: the founding year and its names. A count ("the 75th anniversary", «30-летие»,
 * 30周年, «80 жылдығы») is read against the name nearest to it in its sentence.
 */
export const ANNIVERSARY_BASES: ReadonlyArray<{ from: number; words: readonly string[] }> = [
  {
    from: 1992,
    words: ['diplomatic relations', 'дипломатическ* отношени*', 'дипломатиялық*', '建交'],
  },
  {
    from: 1949,
    words: [
      "People's Republic of China",
      'People’s Republic of China',
      'PRC',
      'New China',
      'КНР',
      'Китайской Народной Республики',
      'ҚХР',
      'Қытай Халық Республикасы*',
      '新中国',
      '中华人民共和国成立',
    ],
  },
  {
    from: 1921,
    words: [
      'Communist Party of China',
      'Chinese Communist Party',
      'CPC',
      'КПК',
      'Коммунистическ* парти* Китая',
      'ҚКП',
      'Қытай Коммунистік партия*',
      '中国共产党成立',
      '建党',
    ],
  },
  { from: 2013, words: ['Belt and Road', 'Пояс* и пут*', 'Бір белдеу*', 'Белдеу және жол', '一带一路'] },
  { from: 1945, words: ['Victory', 'Побед*', 'Жеңіс*', '胜利'] },
  { from: 1991, words: ['independence', 'независимост*', 'Тәуелсіздік*', '独立'] },
  {
    from: 2001,
    words: ['Shanghai Cooperation Organi*', 'SCO', 'ШОС', 'ШЫҰ', '上合组织', '上海合作组织'],
  },
];
