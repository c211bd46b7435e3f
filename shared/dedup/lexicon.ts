import { MONTHS_EN, MONTHS_KK_LATIN } from '../time/months.ts';
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
  // the Chinese head of state in Cyrillic: the extraction spells participants in English ("Jinping"), so
  // the Cyrillic form would stay a distinctive name of every report that names him
  'Цзиньпин',
];

/**
 * Kazakh (Cyrillic and Latin script): the titles, offices and sentence-opening words every Kazakh report on
 * China starts sentences with («Мемлекет басшысы», «ҚХР Төрағасы», «Бұл туралы», «Сондай-ақ»); without
 * them two reports of different years' meetings look alike by their capitalised words.
 */
const COMMON_KK = [
  'Бұл',
  'Мұнда',
  'Осы',
  'Сондай-ақ',
  'Сонымен',
  'Сонда',
  'Біз',
  'Олар',
  'Екі',
  'Атап',
  'Айта',
  'Бүгін',
  'Кездесу',
  'Кездесуде',
  'Мемлекет',
  'Мемлекеттік',
  'Басшысы',
  'Төраға',
  'Төрағасы',
  'ҚХР',
  'ҚР',
  'Қазақстанның',
  'Қытайдың',
  'Халық',
  'Республикасы',
  'Республикасының',
  'Президент',
  'Ақорда',
  'Ақордаға',
  'Елбасы',
  'Шанхай',
  'ШЫҰ',
  'Сыртқы',
  'Министрі',
  'Министрлігі',
  'Үкімет',
  'Тараптар',
  'Ресми',
  'Сапар',
  'Жібек',
  'Жолы',
  'Qazaqstan',
  'Qytai',
  'Qytay',
  'QHR',
  'Memleket',
  'Prezident',
  'Tóraghasy',
  'Búl',
];

const COMMON = new Set([...COMMON_EN, ...COMMON_RU, ...COMMON_KK].map((w) => latinStem(w, 5)));

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
  for (let i = 0; i < MONTHS_KK_LATIN.length; i++)
    for (const stem of MONTHS_KK_LATIN[i] as readonly string[])
      if (w.startsWith(stem) && w.length <= stem.length + 4) return i + 1;
  return null;
}

const ENGLISH_MONTHS: readonly string[] = MONTHS_EN;

/**
 * Words around a year that make it a target or a plan's end ("by 2030", «до 2030 года», «2030 жылға дейін»,
 * 到2030年), not a year the report looks back on: before the year (en, ru, zh), after it (kk, zh).
 */
const TARGET_BEFORE = ['by', 'until', 'till', 'through', 'before', 'до', 'к', 'по', '到', '至'];
const TARGET_AFTER = ['жылға дейін', 'жылға қарай', 'жылдарға', 'дейін', '年前', '年以前'];

const TARGET_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${TARGET_BEFORE.join('|')})\\s*$`, 'iu');
const TARGET_AFTER_RE = new RegExp(`^(?:\\s*(?:ж\\.|жыл\\p{L}*)?\\s*(?:${TARGET_AFTER.join('|')}))`, 'iu');
/** A year in a range ("2021–2025", «2021-2025 жж.»): a plan's span, not a year of the event. */
const RANGE_BEFORE_RE = /\d{4}\s*[-–—]\s*$/u;
const RANGE_AFTER_RE = /^\s*[-–—]\s*\d{4}/u;

/** Whether the year written at `start`–`end` of `text` is a target or a range's bound (see above). */
export function isTargetYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 24);
  return (
    TARGET_BEFORE_RE.test(before) ||
    TARGET_AFTER_RE.test(after) ||
    RANGE_BEFORE_RE.test(before) ||
    RANGE_AFTER_RE.test(after)
  );
}
