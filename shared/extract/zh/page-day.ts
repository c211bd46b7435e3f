/**
 * The day a Chinese page stands for when it gives no publication date: the day (or month) its URL carries, else
 * the year its lead names. Dates in the text resolve against it.
 */
import type { ZhSentence } from './text.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** A real calendar day as YYYY-MM-DD, or null. */
function iso(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * The day a page's URL carries («/2016-12/07/», «/202209/t20220914_…»): the anchor of a report whose page gives
 * no publication date. Without the day, the month's last day (a date later in the text is then last year's).
 */
export function urlAnchor(url: string | null | undefined): string | null {
  // Also unpadded path parts («/art/2024/7/2/», «/2024/12/5/»), tried first: they carry the whole day.
  const m =
    /\/((?:19|20)\d\d)\/([1-9]|1[0-2])\/([1-9]|[12]\d|3[01])\//.exec(url ?? '') ??
    /(?<!\d)((?:19|20)\d\d)[-/_]?(0[1-9]|1[0-2])(?:[-/_]?(0[1-9]|[12]\d|3[01]))?(?!\d)/.exec(url ?? '');
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] ? Number(m[3]) : new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return iso(y, mo, d);
}

/** A URL that carries a whole day («/20220914/», «/2016-12/07/»), not only a month. */
export const DAY_IN_URL =
  /(?<!\d)(?:19|20)\d\d[-/_]?(?:0[1-9]|1[0-2])[-/_]?(?:0[1-9]|[12]\d|3[01])(?!\d)|\/(?:19|20)\d\d\/(?:[1-9]|1[0-2])\/(?:[1-9]|[12]\d|3[01])\//;

/**
 * With no page date at all, the year the lead names («在2023年…», «2023两次访问») anchors «3月10日»: its last
 * day, so that every month of that year resolves into it.
 */
export function yearAnchor(head: ZhSentence[]): string | null {
  const y = /(?<!\d)(20[0-4]\d)(?!\d)/.exec(head.map((s) => s.text).join('。'));
  return y ? `${y[1]}-12-31` : null;
}

/**
 * Kazakhstan and China established relations on 3 January 1992: «中哈建交32年», «两国建交30周年» dates a page
 * with no other date to 1992 + N (its last day, as yearAnchor). Only the pair's anniversary: «中吉建交33年» is
 * Kyrgyzstan's.
 */
const RELATIONS_YEAR = /(?:中哈|哈中|两国|哈萨克斯坦|中国)[^。；\n]{0,30}?建交\s*(\d{2})\s*(?:周年|年)/;
const OTHER_PAIR = /中[吉乌塔土俄蒙]|[吉乌塔土俄蒙]中/;

/** The year a page's «建交N年» names, as an anchor, or null. */
export function relationsAnchor(text: string): string | null {
  const m = RELATIONS_YEAR.exec(text);
  if (!m || OTHER_PAIR.test(m[0])) return null;
  const y = 1992 + Number(m[1]);
  return y <= 2050 ? `${y}-12-31` : null;
}
