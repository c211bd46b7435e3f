/**
 * Kazakh words for event dates that the Russian pack (which holds the Kazakh month names) cannot say: Kazakh puts
 * the year first («2019 жылғы 25 сәуірде», «2021 жылы 3 ақпанда»), so the word after the year ties it to the day
 * that follows. Data only.
 */
export const DATES_KK = {
  /** Words between a leading year and its day: «жылғы», «жылы», the abbreviation «ж.». */
  yearBefore: ['жылғы', 'жылы', '/ж\\./'],
};
