/**
 * The word pre-check of the relevance patterns: most sentences contain no word that any entry of a list starts
 * with, and one pass over a text's words says so for every list at once, where each list's pattern would scan the
 * text in full (issue 18: one tokenisation per text, set look-ups instead of the big alternations).
 */

import { isWordCode } from './lexicon/build.ts';

/** Bit of each lower-case list pattern whose entries all start with a known word (see `keyed`). */
const KEY_BITS = new Map<RegExp, number>();
/** For the first one, two or three letters of a word: the bits of the patterns that have an entry starting so. */
const KEY_MASKS = new Map<string, number>();
const MAX_KEYED = 30;
/** A letter or digit of the word boundary (lexicon/build.ts): a match starts where a run of these starts. */
const WORD_RUN = /^[a-zA-Z\u00C0-\u024F\u0250-\u02AF\u0370-\u03FF\u0400-\u052F\u1E00-\u1EFF0-9]*/u;

/**
 * Registers a lower-case list pattern for the word pre-check: every match starts at the start of a word (the
 * left boundary) with an entry's first letters, so a text none of whose words starts with any entry's first one
 * to three letters has no match, and the pattern need not scan it. A list with a `/…/` entry or an entry not
 * starting with a letter or digit is never skipped.
 */
export function keyed(re: RegExp, entries: readonly string[]): void {
  const keys = new Set<string>();
  for (const e of entries) {
    const t = e.trim();
    const run = t.length > 2 && t.startsWith('/') && t.endsWith('/') ? '' : (WORD_RUN.exec(t)?.[0] ?? '');
    if (run === '') return;
    keys.add(run.slice(0, 3));
  }
  if (KEY_BITS.size >= MAX_KEYED) return;
  const bit = 1 << KEY_BITS.size;
  KEY_BITS.set(re, bit);
  for (const k of keys) KEY_MASKS.set(k, (KEY_MASKS.get(k) ?? 0) | bit);
}

/** Masks of recent texts (sentences are asked about several times, the whole text between them). */
const MASKS = new Map<string, number>();
/** The bits of the keyed patterns that may match in a lower-case text: one pass over its words. */
function wordMask(low: string): number {
  const known = MASKS.get(low);
  if (known !== undefined) return known;
  let mask = 0;
  for (let i = 0; i < low.length; i++) {
    if (!isWordCode(low.charCodeAt(i)) || (i > 0 && isWordCode(low.charCodeAt(i - 1)))) continue;
    let n = 1;
    while (n < 3 && i + n < low.length && isWordCode(low.charCodeAt(i + n))) n++;
    for (let k = 1; k <= n; k++) mask |= KEY_MASKS.get(low.slice(i, i + k)) ?? 0;
  }
  if (MASKS.size >= 256) MASKS.clear();
  MASKS.set(low, mask);
  return mask;
}

/**
 * False when the pattern, registered with `keyed`, cannot match in the lower-case text; true when it may (or was
 * never registered).
 */
export function mayMatch(re: RegExp, low: string): boolean {
  const bit = KEY_BITS.get(re);
  return bit === undefined || (wordMask(low) & bit) !== 0;
}
