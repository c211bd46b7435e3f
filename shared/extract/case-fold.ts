/**
 * Case folding as a case-insensitive `u` pattern compares letters (Unicode simple case folding), for code that
 * compares text itself: lower case, and the few letters whose fold is another letter than their lower case.
 */

import { memoizeString } from './memo.ts';

/**
 * Characters a case-insensitive pattern equates with a letter although their lower case is another character
 * (Unicode simple case folding where it differs from lower case): the long s is an s, the final sigma a sigma.
 */
const FOLD_BEYOND_LOWER = new Map<number, number>([
  [0x00b5, 0x03bc],
  [0x017f, 0x0073],
  [0x0345, 0x03b9],
  [0x03c2, 0x03c3],
  [0x03d0, 0x03b2],
  [0x03d1, 0x03b8],
  [0x03d5, 0x03c6],
  [0x03d6, 0x03c0],
  [0x03f0, 0x03ba],
  [0x03f1, 0x03c1],
  [0x03f5, 0x03b5],
  [0x1c80, 0x0432],
  [0x1c81, 0x0434],
  [0x1c82, 0x043e],
  [0x1c83, 0x0441],
  [0x1c84, 0x0442],
  [0x1c85, 0x0442],
  [0x1c86, 0x044a],
  [0x1c87, 0x0463],
  [0x1c88, 0xa64b],
  [0x1e9b, 0x1e61],
  [0x1fbe, 0x03b9],
]);

/** Characters of `FOLD_BEYOND_LOWER`, to find them in a lower-cased text. */
const BEYOND_LOWER = new RegExp(
  `[${[...FOLD_BEYOND_LOWER.keys()].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);
/**
 * The text case folded the way a `u`+`i` pattern compares it: lower case, and the few letters whose fold is
 * another letter than their lower case. Its offsets are the text's only when it is as long (`İ` lowers to two).
 */
export function foldText(text: string): string {
  return foldedText(text);
}
/** Folded forms of recent texts (bounded: cleared wholesale when full). */
const foldedText = memoizeString(
  (text: string) =>
    text
      .toLowerCase()
      .replace(BEYOND_LOWER, (c) =>
        String.fromCharCode(FOLD_BEYOND_LOWER.get(c.charCodeAt(0)) ?? c.charCodeAt(0)),
      ),
  256,
);

/** Folded code of each UTF-16 code unit, filled on first sight (0: not yet; -1: folds to more than one). */
const FOLDED = new Int32Array(0x10000);
/** The case-folded UTF-16 code of a code unit, or -1 when its lower case is more than one character. */
export function fold(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c < 0x80) return c;
  const known = FOLDED[c] as number;
  if (known !== 0) return known;
  const low = String.fromCharCode(c).toLowerCase();
  const l = low.length === 1 ? low.charCodeAt(0) : -1;
  const f = l < 0 ? -1 : (FOLD_BEYOND_LOWER.get(l) ?? l);
  FOLDED[c] = f;
  return f;
}
