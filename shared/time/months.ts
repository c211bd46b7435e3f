/**
 * Month names in English, Russian (every case form news text uses) and Kazakh, the one table every date reader
 * shares. Numbers are 1–12.
 */

/** English month names, January first. */
export const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Russian month forms → number: nominative, genitive («15 мая»), prepositional («в мае»), abbreviations. */
export const MONTHS_RU: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      ['январь января январе янв', 1],
      ['февраль февраля феврале фев февр', 2],
      ['март марта марте мар', 3],
      ['апрель апреля апреле апр', 4],
      ['май мая мае', 5],
      ['июнь июня июне июн', 6],
      ['июль июля июле июл', 7],
      ['август августа августе авг', 8],
      ['сентябрь сентября сентябре сен сент', 9],
      ['октябрь октября октябре окт', 10],
      ['ноябрь ноября ноябре ноя нояб', 11],
      ['декабрь декабря декабре дек', 12],
    ] as const
  ).flatMap(([forms, m]) => forms.split(' ').map((f) => [f, m] as const)),
);

/** Russian month stems (январ-, ма-): for patterns that take any case ending. */
export const MONTH_STEMS_RU = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
] as const;

/**
 * Kazakh month names (nominative). Suffixes follow them («тамызда», «қазанның»), so they match as prefixes;
 * «мамыр» (May) and «маусым» (June) are why no two-letter stem is used.
 */
export const MONTHS_KK = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const;

/**
 * Kazakh month stems in the Latin alphabets (the 2017–2021 official ones and sites' own transliterations:
 * «14 qyrkúiekte», «3 shildede»), matched as stems like the Cyrillic ones, not by English prefixes.
 */
export const MONTHS_KK_LATIN: readonly (readonly string[])[] = [
  ['qañtar', 'qantar'],
  ['aqpan'],
  ['nauryz'],
  ['sáuir', 'säuir', 'säuır', 'sauir', 'sәuir'],
  ['mamyr'],
  ['mausym', 'maýsym'],
  ['shilde', 'şilde', 'şılde'],
  ['tamyz'],
  ['qyrkúiek', 'qyrküiek', 'qyrkýiek', 'qyrkuiek', 'qyrküyek'],
  ['qazan'],
  ['qarasha', 'qaraşa'],
  ['jeltoqsan'],
];

/**
 * The month a word names, in English (full or an abbreviation of 3+ letters, "Sept."), Russian (any listed
 * form) or Kazakh (the name with any suffix), or null.
 */
export function monthOf(raw: string): number | null {
  const w = raw.toLowerCase().replace(/\.$/, '');
  const ru = MONTHS_RU[w];
  if (ru !== undefined) return ru;
  const kk = MONTHS_KK.findIndex((name) => w.startsWith(name));
  if (kk >= 0) return kk + 1;
  if (w.length >= 3 && /^[a-z]+$/.test(w)) {
    const en = MONTHS_EN.findIndex((name) => name.startsWith(w) || (w === 'sept' && name === 'september'));
    if (en >= 0) return en + 1;
  }
  return null;
}
