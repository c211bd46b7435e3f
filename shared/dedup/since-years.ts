/**
 * Years a text writes only as a starting point ("since 2012", «с 2012 года», «2012 жылдан бері», 自2012年以来):
 * a lower bound of when the text was written, saying nothing of how long after. Such a year must not count as
 * a recent year the report looks back on (see `recentYearOf`).
 */

/** Words just before a starting year (en, ru, zh). */
const SINCE_BEFORE = ['since', 'ever since', 'с', 'со', 'начиная с', '自', '从', '自从'];
/** Words just after a starting year (kk, zh; ru «с 2012 года» needs the word before). */
const SINCE_AFTER = [
  'жылдан бері',
  'жылдан бастап',
  'жылдардан бері',
  'бері',
  'бастап',
  '年以来',
  '年来',
  '年起',
];

const SINCE_BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${SINCE_BEFORE.join('|')})\\s*$`, 'iu');
const SINCE_AFTER_RE = new RegExp(`^\\s*(?:ж\\.\\s*)?(?:${SINCE_AFTER.join('|')})`, 'iu');

/** Whether the year written at `start`–`end` of `text` is a starting point ("since 2012"). */
export function isSinceYear(text: string, start: number, end: number): boolean {
  return (
    SINCE_BEFORE_RE.test(text.slice(Math.max(0, start - 14), start)) ||
    SINCE_AFTER_RE.test(text.slice(end, end + 20))
  );
}
