/**
 * Weekday names in English, Russian (nominative and «в среду» accusative) and Kazakh, 0 = Sunday as in JS; and
 * every written form of them in four languages (`WEEKDAY_FORMS`).
 */

/** English weekday names, Sunday first (index = `Date#getUTCDay()`). */
export const WEEKDAYS_EN = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** Russian weekday forms → day number (0 = Sunday). */
export const WEEKDAYS_RU: Readonly<Record<string, number>> = {
  воскресенье: 0,
  понедельник: 1,
  вторник: 2,
  среда: 3,
  среду: 3,
  четверг: 4,
  пятница: 5,
  пятницу: 5,
  суббота: 6,
  субботу: 6,
};

/** Kazakh weekday names, Sunday first; suffixes follow them («дүйсенбіде»). */
export const WEEKDAYS_KK = [
  'жексенбі',
  'дүйсенбі',
  'сейсенбі',
  'сәрсенбі',
  'бейсенбі',
  'жұма',
  'сенбі',
] as const;

/**
 * Weekday words in every form a report may write them, Monday first (en; ru case forms and stems, kk stems, zh
 * in simplified and traditional characters), entries as `wordsRegex` takes them (`*` a stem): for finding any
 * weekday a text names, where the tables above read one word.
 */
export const WEEKDAY_FORMS: readonly (readonly string[])[] = [
  ['Monday', 'понедельник*', 'дүйсенбі*', '周一', '星期一', '週一'],
  ['Tuesday', 'вторник*', 'сейсенбі*', '周二', '星期二', '週二'],
  ['Wednesday', 'среда', 'среду', 'среды', 'сәрсенбі*', '周三', '星期三', '週三'],
  ['Thursday', 'четверг*', 'бейсенбі*', '周四', '星期四', '週四'],
  ['Friday', 'пятниц*', 'жұма', 'жұмада', 'жұмадағы', '周五', '星期五', '週五'],
  ['Saturday', 'суббот*', 'сенбі*', '周六', '星期六', '週六'],
  ['Sunday', 'воскресень*', 'жексенбі*', '周日', '周天', '星期日', '星期天', '週日'],
];

/** The weekday (0 = Sunday) a word names in English (or its 3-letter abbreviation), Russian or Kazakh, or null. */
export function weekdayOf(raw: string): number | null {
  const w = raw.toLowerCase().replace(/[.,]$/, '');
  const ru = WEEKDAYS_RU[w];
  if (ru !== undefined) return ru;
  // Longest Kazakh name first: «сенбі» (Saturday) ends «дүйсенбі» (Monday) but does not start it.
  const kk = WEEKDAYS_KK.findIndex((name) => w.startsWith(name));
  if (kk >= 0) return kk;
  if (w.length >= 3 && /^[a-z]+$/.test(w)) {
    const en = WEEKDAYS_EN.findIndex((name) => name.startsWith(w));
    if (en >= 0) return en;
  }
  return null;
}
