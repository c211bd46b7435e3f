import { MONTHS_EN } from '../time/months.ts';
import { latinStem } from './stems.ts';

/**
 * Capitalised words that nearly every Kazakhstan–China report carries (the two countries, their capitals,
 * offices, agencies, calendar words), en and ru: sharing them says nothing about being the same event, so
 * they are not distinctive tokens. Kept as words (not stems) so the list reads as language; stemmed at load.
 */
const COMMON_EN = [
  'Kazakhstan',
  'Kazakh',
  'Kazakhstani',
  'China',
  'Chinese',
  'PRC',
  'People',
  'Republic',
  'President',
  'Premier',
  'Prime',
  'Minister',
  'Ministry',
  'Foreign',
  'Affairs',
  'Deputy',
  'Chairman',
  'Vice',
  'State',
  'Council',
  'Government',
  'Beijing',
  'Astana',
  'Almaty',
  'Nur-Sultan',
  'Xinhua',
  'Kazinform',
  'Central',
  'Asia',
  'Asian',
  'Belt',
  'Road',
  'Initiative',
  'Silk',
  'Mr',
  'Mrs',
  'The',
  'This',
  'During',
  'According',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
const COMMON_RU = [
  'Казахстан',
  'Казахстана',
  'Китай',
  'Китая',
  'КНР',
  'РК',
  'Республики',
  'Народной',
  'Президент',
  'Премьер',
  'Министр',
  'Министерства',
  'МИД',
  'Глава',
  'Государства',
  'Пекин',
  'Пекине',
  'Астана',
  'Астане',
  'Алматы',
  'Синьхуа',
  'Казинформ',
  'Центральной',
  'Азии',
  'Пояс',
  'Путь',
  'Председатель',
  'Января',
  'Февраля',
  'Марта',
  'Апреля',
  'Мая',
  'Июня',
  'Июля',
  'Августа',
  'Сентября',
  'Октября',
  'Ноября',
  'Декабря',
  'Понедельник',
  'Вторник',
  'Среда',
  'Четверг',
  'Пятница',
  'Суббота',
  'Воскресенье',
  'Қазақстан',
  'Қытай',
  'Президенті',
];

const COMMON = new Set([...COMMON_EN, ...COMMON_RU].map((w) => latinStem(w, 5)));

/** Whether a 5-letter Latin stem is one every report in this domain shares. */
export function isCommonStem(stem: string): boolean {
  return COMMON.has(stem);
}

/** Month names (stems taking any ending) by month number, en/ru/kk: dates written in a text. */
const MONTHS: string[][] = [
  ['jan', 'январ', 'қаңтар'],
  ['feb', 'феврал', 'ақпан'],
  ['mar', 'март', 'наурыз'],
  ['apr', 'апрел', 'сәуір'],
  ['may', 'мая', 'май', 'мамыр'],
  ['jun', 'июн', 'маусым'],
  ['jul', 'июл', 'шілде'],
  ['aug', 'август', 'тамыз'],
  ['sep', 'сентябр', 'қыркүйек'],
  ['oct', 'октябр', 'қазан'],
  ['nov', 'ноябр', 'қараша'],
  ['dec', 'декабр', 'желтоқсан'],
];

const MONTH_WORD = /^\p{L}+$/u;

/** The month number (1–12) a word names, or null ("February", "Feb", «февраля», «ақпанда»). */
export function monthOfWord(word: string): number | null {
  if (!MONTH_WORD.test(word)) return null;
  const w = word.toLowerCase();
  for (let i = 0; i < MONTHS.length; i++) {
    for (const stem of MONTHS[i] as string[]) {
      // English month words are matched by their first three letters, full forms only ("Mar" but not "Mark")
      const english = /^[a-z]/.test(stem);
      if (
        english
          ? w.length >= 3 && ENGLISH_MONTHS[i]?.startsWith(w)
          : w.startsWith(stem) && w.length <= stem.length + 4
      )
        return i + 1;
    }
  }
  return null;
}

const ENGLISH_MONTHS: readonly string[] = MONTHS_EN;
