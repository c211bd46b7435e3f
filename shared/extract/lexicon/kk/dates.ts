import { MONTHS_KK } from '../../../time/months.ts';

/**
 * Kazakh words for event dates that the Russian pack (which holds the Kazakh month names) cannot say: Kazakh puts
 * the year first («2019 жылғы 25 сәуірде», «2021 жылы 3 ақпанда»), so the word after the year ties it to the day
 * that follows. Data only.
 */
export const DATES_KK = {
  /** Words between a leading year and its day: «жылғы», «жылы», the abbreviation «ж.». */
  yearBefore: ['жылғы', 'жылы', 'жылдың', '/ж\\./'],
  /** Words that leave the event's day unknown: «таяуда», «жуырда» (recently), «өткен аптада» (last week). */
  vague: ['таяуда', 'жуырда', 'өткен аптада', 'өткен айда', 'бірнеше күн бұрын', 'күні бұрын'],
  /**
   * Postpositions right after a date that make it another day than the event's: «1 шілдеден бастап» (from),
   * «15 мамырға дейін» (until), «… бері» (since), and a rule «күшіне енеді» (enters into force) on that day.
   */
  notEventAfter: ['бастап', 'дейін', 'шейін', 'бері', 'күшіне ен*'],
  /**
   * Weekdays (0 = Sunday) in the forms a report writes them: the name («сейсенбі күні»), the locative «on»
   * («сейсенбіде», «жұмада») and its attributive «of» («сейсенбідегі кездесу»). Kazakh suffixes follow the last
   * vowel: front «-де/-дегі» after «і», back «-да/-дағы» after «а».
   */
  weekdays: withCaseForms([
    ['жексенбі', 0],
    ['дүйсенбі', 1],
    ['сейсенбі', 2],
    ['сәрсенбі', 3],
    ['бейсенбі', 4],
    ['жұма', 5],
    ['сенбі', 6],
  ]),
  /** Relative day words and their days back: «бүгін» (today), «кеше» (yesterday), their attributive forms. */
  relative: [
    ['бүгін', 0],
    ['бүгінгі', 0],
    ['кеше', 1],
    ['кешегі', 1],
    ['алдыңғы күні', 2],
  ] as [string, number][],
  /** Days counted from the date told before them («3 мамырда келді, келесі күні … кездесті»). */
  following: [
    ['келесі күні', 1],
    ['ертесіне', 1],
    ['ертеңіне', 1],
    ['сол күні', 0],
  ] as [string, number][],
};

/** A weekday name with its locative and attributive forms, by the vowel harmony of its last vowel. */
function withCaseForms(names: [string, number][]): [string, number][] {
  return names.flatMap(([w, n]): [string, number][] => {
    const back = /[аоұы]$/.test(w);
    return [
      [w, n],
      [`${w}${back ? 'да' : 'де'}`, n],
      [`${w}${back ? 'дағы' : 'дегі'}`, n],
    ];
  });
}

/**
 * Kazakh month names as stems (the one list in shared/time): a day joined to its month by a hyphen («3-шілдеде»,
 * «25-сәуір») is the same date as «3 шілдеде».
 */
export const MONTH_STEMS_KK: readonly string[] = MONTHS_KK;
