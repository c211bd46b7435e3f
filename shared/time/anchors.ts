/**
 * Recurring events whose name fixes a year ("the XXIV Winter Olympics", "the third Belt and Road Forum",
 * «саммит ШОС в Астане», "Expo-2017"): a report that gives a day and month but no year and no publication date
 * can still be dated by them. Data only (real history); ./anchor-year.ts reads it. Names are lexicon entries
 * (../extract/lexicon/build.ts syntax: a trailing `*` is a stem, `/…/` a raw regex source), en, ru and kk
 * (Kazakh as Cyrillic: Latin-script Kazakh is converted before extraction).
 */

/** How an anchor's name gives the year. */
export type AnchorRule =
  /** An ordinal before the name: year = `years[ordinal - 1]`. */
  | { by: 'ordinal'; years: readonly number[] }
  /** A host city near the name: every year it hosted (several: the era of the leaders named decides). */
  | { by: 'host'; hosts: Readonly<Record<string, readonly number[]>> }
  /** The name alone fixes the year. */
  | { by: 'fixed'; year: number };

/** One recurring event. */
export interface Anchor {
  key: string;
  names: readonly string[];
  rule: AnchorRule;
}

/** 1924 … 2026: the Winter Games were not numbered for the cancelled 1940 and 1944 editions. */
const WINTER_OLYMPICS = [
  1924, 1928, 1932, 1936, 1948, 1952, 1956, 1960, 1964, 1968, 1972, 1976, 1980, 1984, 1988, 1992, 1994, 1998,
  2002, 2006, 2010, 2014, 2018, 2022, 2026,
];
/** The Games of the Olympiad keep the numbers of cancelled editions; the XXXII (Tokyo) were held in 2021. */
const SUMMER_OLYMPICS = Array.from({ length: 35 }, (_, i) => (i === 31 ? 2021 : 1896 + 4 * i));

/** Host city forms (en, ru stems, kk stems) → canonical key used in `hosts`. */
export const ANCHOR_CITIES: Readonly<Record<string, readonly string[]>> = {
  astana: ['astana', 'nur-sultan', 'астан*', 'нур-султан*', 'нұр-сұлтан*'],
  bishkek: ['bishkek', 'бишкек*', 'бішкек*'],
  dushanbe: ['dushanbe', 'душанбе'],
  ufa: ['ufa', 'уф*'],
  tashkent: ['tashkent', 'ташкент*'],
  qingdao: ['qingdao', 'циндао'],
  samarkand: ['samarkand', 'samarqand', 'самарканд*', 'самарқанд*'],
  tianjin: ['tianjin', 'тяньцзин*', 'тяньцзинь*'],
  shanghai: ['shanghai', 'шанха*'],
  xian: ["xi'an", 'xi’an', 'xian', 'сиань', 'сиане', 'сиан*'],
  moscow: ['moscow', 'москв*'],
  delhi: ['new delhi', 'delhi', 'нью-дели', 'дели'],
  beijing: ['beijing', 'пекин*', 'бейжің*'],
  harbin: ['harbin', 'харбин*'],
};

/** The anchor events. Years are when each edition was held. */
export const ANCHORS: readonly Anchor[] = [
  {
    key: 'winter-olympics',
    names: [
      'winter olympic*',
      'olympic winter games',
      'зимн* олимпи*',
      'қысқы олимпиад*',
      'қысқы олимпиялық',
    ],
    rule: { by: 'ordinal', years: WINTER_OLYMPICS },
  },
  {
    key: 'asian-winter-games',
    names: ['asian winter games', 'зимн* азиатск* игр*', 'азиатск* зимн* игр*', 'қысқы азия ойын*'],
    rule: { by: 'ordinal', years: [1986, 1990, 1996, 1999, 2003, 2007, 2011, 2017, 2025] },
  },
  {
    key: 'asian-winter-games-host',
    names: ['asian winter games', 'зимн* азиатск* игр*', 'азиатск* зимн* игр*', 'азиад*'],
    rule: { by: 'host', hosts: { astana: [2011], harbin: [2025] } },
  },
  {
    key: 'summer-olympics',
    names: ['summer olympic*', 'games of the olympiad', 'летн* олимпи*', 'жазғы олимпиад*'],
    rule: { by: 'ordinal', years: SUMMER_OLYMPICS },
  },
  {
    key: 'belt-and-road-forum',
    names: [
      'belt and road forum*',
      'belt and road international forum',
      'forum on the belt and road',
      '/форум\\S*\\s+(?:международного\\s+сотрудничества\\s+)?[«"]?\\s*(?:один\\s+пояс,?\\s+один\\s+путь|пояс\\S*\\s+и\\s+пут\\S*)/',
      '/[«"]?\\s*бір\\s+белдеу,?\\s+бір\\s+жол\\s*[»"]?\\s+(?:халықаралық\\s+)?форум\\S*/',
    ],
    rule: { by: 'ordinal', years: [2017, 2019, 2023] },
  },
  {
    key: 'china-central-asia-summit',
    names: [
      '/(?:china|c5)\\s*[–—+-]\\s*central\\s+asia\\s+summit/',
      '/central\\s+asia\\s*[–—-]\\s*china\\s+summit/',
      '/саммит\\S*\\s+[«"]?\\s*(?:центральная\\s+азия\\s*[–—-]\\s*китай|китай\\s*[–—-]\\s*центральная\\s+азия)/',
      '/(?:орталық\\s+азия\\s*[–—-]\\s*қытай|қытай\\s*[–—-]\\s*орталық\\s+азия)\\s*[»"]?\\s+саммит\\S*/',
    ],
    rule: { by: 'ordinal', years: [2023, 2025] },
  },
  {
    key: 'china-central-asia-summit-host',
    names: [
      '/(?:china|c5)\\s*[–—+-]\\s*central\\s+asia\\s+summit/',
      '/central\\s+asia\\s*[–—-]\\s*china\\s+summit/',
      '/саммит\\S*\\s+[«"]?\\s*(?:центральная\\s+азия\\s*[–—-]\\s*китай|китай\\s*[–—-]\\s*центральная\\s+азия)/',
    ],
    rule: { by: 'host', hosts: { xian: [2023], astana: [2025] } },
  },
  {
    key: 'sco-summit',
    names: [
      'sco summit',
      'summit of the sco',
      'sco heads of state',
      'shanghai cooperation organisation summit',
      'shanghai cooperation organization summit',
      '/саммит\\S*\\s+(?:глав\\s+государств\\S*[-–\\s]+член\\S*\\s+)?шос/',
      '/заседани\\S*\\s+совета\\s+глав\\s+государств\\s+(?:[-–]\\s*членов\\s+)?шос/',
      'шос саммит*',
      'шыұ саммит*',
    ],
    rule: {
      by: 'host',
      hosts: {
        bishkek: [2013, 2019],
        dushanbe: [2014, 2021],
        ufa: [2015],
        tashkent: [2016],
        astana: [2017, 2024],
        qingdao: [2018],
        moscow: [2020],
        samarkand: [2022],
        delhi: [2023],
        tianjin: [2025],
      },
    },
  },
  {
    key: 'cica-summit',
    names: ['cica summit', '/саммит\\S*\\s+свмдба/', 'азиядағы өзара іс-қимыл'],
    rule: { by: 'host', hosts: { shanghai: [2014], astana: [2022] } },
  },
  {
    key: 'astana-expo',
    names: ['/(?:expo|экспо)\\s*[-–]?\\s*2017/'],
    rule: { by: 'fixed', year: 2017 },
  },
  {
    key: 'ciie',
    names: ['china international import expo', 'ciie', 'китайск* международн* импортн* выставк*'],
    rule: { by: 'ordinal', years: Array.from({ length: 12 }, (_, i) => 2018 + i) },
  },
  {
    key: 'prc-anniversary',
    // The People's Republic of China was founded on 1 October 1949: its Nth anniversary falls in 1949 + N. Kazakh
    // writes the number after the name («Қытай Халық Республикасының құрылғанына 74 жыл»).
    names: [
      "/(?:anniversary\\s+of\\s+the\\s+(?:founding|establishment)\\s+of\\s+the\\s+people['’]s\\s+republic\\s+of\\s+china|anniversary\\s+of\\s+the\\s+founding\\s+of\\s+the\\s+prc)/",
      '/(?:годовщин|лети)\\S*\\s+(?:со\\s+дня\\s+)?образовани\\S*\\s+(?:кнр|китайской\\s+народной\\s+республики)/',
      '/(?:қхр|қытай\\s+халық\\s+республикасының)\\s+құрылғанына/',
    ],
    rule: { by: 'ordinal', years: Array.from({ length: 99 }, (_, i) => 1950 + i) },
  },
  {
    key: 'independence-anniversary',
    // Kazakhstan's independence: 16 December 1991; its Nth anniversary falls in 1991 + N.
    names: [
      "/anniversary\\s+of\\s+(?:kazakhstan['’]s\\s+independence|the\\s+independence\\s+of\\s+kazakhstan)/",
      '/(?:годовщин|лети)\\S*\\s+независимости\\s+(?:республики\\s+)?казахстан\\S*/',
      '/тәуелсіздігі(?:мізді|нің)?\\s+(?:алғанына|жарияланғанына)/',
    ],
    rule: { by: 'ordinal', years: Array.from({ length: 99 }, (_, i) => 1992 + i) },
  },
  {
    key: 'diplomatic-anniversary',
    // Diplomatic relations were established on 3 January 1992: the Nth anniversary falls in 1992 + N.
    names: [
      '/anniversary\\s+of\\s+(?:the\\s+establishment\\s+of\\s+)?diplomatic\\s+relations/',
      '/(?:годовщин|лети)\\S*\\s+(?:со\\s+дня\\s+)?установлени\\S*\\s+дипломатических\\s+отношений/',
    ],
    rule: { by: 'ordinal', years: Array.from({ length: 40 }, (_, i) => 1993 + i) },
  },
];

/** Ordinal words (en, ru stems, kk) → number; Roman and Arabic ordinals are read by ./anchor-year.ts. */
export const ORDINAL_WORDS: readonly (readonly [string, number])[] = [
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['thirtieth', 30],
  ['перв*', 1],
  ['втор*', 2],
  ['трет*', 3],
  ['четверт*', 4],
  ['пят*', 5],
  ['шест*', 6],
  ['седьм*', 7],
  ['восьм*', 8],
  ['девят*', 9],
  ['десят*', 10],
  ['бірінші', 1],
  ['екінші', 2],
  ['үшінші', 3],
  ['төртінші', 4],
  ['бесінші', 5],
  ['алтыншы', 6],
  ['жетінші', 7],
  ['сегізінші', 8],
  ['тоғызыншы', 9],
  ['оныншы', 10],
];

/** Leaders whose years in office narrow a host city that hosted twice (Astana 2017 vs 2024). */
export const ERAS: readonly { names: readonly string[]; from: number; to: number }[] = [
  { names: ['nazarbayev', 'назарбаев*'], from: 1991, to: 2019 },
  { names: ['tokayev', 'токаев*', 'тоқаев*'], from: 2019, to: 2100 },
  { names: ['sagintayev', 'сагинтаев*', 'сағынтаев*'], from: 2016, to: 2019 },
  { names: ['bektenov', 'бектенов*'], from: 2024, to: 2100 },
  { names: ['li keqiang', 'ли кэцян*'], from: 2013, to: 2023 },
  { names: ['li qiang', 'ли цян*'], from: 2023, to: 2100 },
  { names: ['mirziyoyev', 'мирзиёев*'], from: 2016, to: 2100 },
  { names: ['karimov', 'каримов*'], from: 1991, to: 2016 },
  { names: ['japarov', 'жапаров*'], from: 2021, to: 2100 },
  { names: ['jeenbekov', 'жээнбеков*'], from: 2017, to: 2020 },
  { names: ['atambayev', 'атамбаев*'], from: 2011, to: 2017 },
];
