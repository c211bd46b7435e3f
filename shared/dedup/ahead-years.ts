import type { Tenure } from './tenure.ts';

/**
 * Years a text writes as still ahead of it: a themed year declared in advance ("2026 has been declared the
 * Year of Tourism", «2026 год объявлен Годом туризма», «2026 жыл … жылы болып жарияланды», 2026年被定为…年) or
 * a year something will happen in ("in 2026 the line will carry…" is left to targets: only the year followed
 * at once by a future or declaring verb counts). Such a year is not one the report looks back on (so it is no
 * lower bound of its event's year, unlike the years `recentYearOf` reads), and it is an upper bound: a text
 * that still looks forward to a year was written in or before it, so its event cannot lie in a later year,
 * however alike the words of the same principals' later meetings. Past forms («был объявлен», "was
 * declared") are left out: a later text recounts them.
 */

/** English: the year followed by a future or a declaring verb in the present perfect or present. */
const AHEAD_EN =
  /^\s*(?:will\b|is\s+(?:set\s+|going\s+)?to\s+be\b|shall\b|(?:has\s+been|is|have\s+been)\s+(?:declared|designated|proclaimed|announced\s+as|named)\b)/iu;
/** Russian: «2026 год станет / будет / объявлен / провозглашён» (the word «год» in any case, or «г.»). */
const AHEAD_RU =
  /^\s*(?:г\.|год\p{L}*)?\s*(?:станет|будет|объявлен\p{L}*|провозглаш[её]н\p{L}*|назван\p{L}*\s+годом)/iu;
/** Kazakh: «2026 жыл … жылы болып жарияланды / жылы болады» within the clause. */
const AHEAD_KK = /^\s*(?:ж\.|жыл\p{L}*)\s[^.!?\n]{0,80}?жылы\s+(?:болып\s+жарияланд|болады)/iu;
/** Chinese: 2026年将… / 2026年被定为… / 2026年被确定为… / 2026年定为…. */
const AHEAD_ZH = /^年\s*(?:将|被(?:确)?定为|被宣布为|定为)/u;

/** Whether the year written just before `end` of `text` is one the text looks forward to (see above). */
export function isAheadYear(text: string, end: number): boolean {
  const after = text.slice(end, end + 100);
  return AHEAD_EN.test(after) || AHEAD_RU.test(after) || AHEAD_KK.test(after) || AHEAD_ZH.test(after);
}

const YEAR = /(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)/g;

/** The earliest year the text looks forward to (`isAheadYear`), or null: its event lies in or before it. */
export function aheadBound(text: string): number | null {
  let out: number | null = null;
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[1]);
    if ((out === null || y < out) && isAheadYear(text, m.index + m[0].length)) out = y;
  }
  return out;
}

/**
 * Feasible years (`feasibleYears`) capped at a year the text looks forward to. A cap below their start
 * contradicts them (a misread office or year): then the cap is dropped, the terms kept.
 */
export function capTenure(t: Tenure | null, bound: number | null): Tenure | null {
  if (bound === null) return t;
  if (!t) return [0, bound];
  if (bound < t[0]) return t;
  return [t[0], t[1] === null ? bound : Math.min(t[1], bound)];
}
