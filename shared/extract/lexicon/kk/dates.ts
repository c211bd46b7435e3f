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
};

/**
 * Kazakh month names as stems (the one list in shared/time): a day joined to its month by a hyphen («3-шілдеде»,
 * «25-сәуір») is the same date as «3 шілдеде».
 */
export const MONTH_STEMS_KK: readonly string[] = MONTHS_KK;
