/**
 * Finds the entries of a word list as whole words (lexicon syntax: `*` stems, `/regex/` entries), longest
 * entry first, as `{ at, end, text }` matches: one compiled alternation per list, so call sites need not
 * handle `RegExp` state (a global regex keeps `lastIndex` between uses).
 */

import { execAll } from './exec-all.ts';
import { alternation, WB_END, WB_START } from './lexicon/build.ts';
import { mayMatch, registerGate } from './word-keys.ts';

/** One match: where it starts and ends, and the matched text. */
export interface PhraseMatch {
  at: number;
  end: number;
  text: string;
}

/** Builds a finder for the entries; `tail` is appended before the word boundary (e.g. a case ending). */
export function phraseFinder(
  entries: readonly string[],
  opts: { tail?: string; caseSensitive?: boolean } = {},
): (text: string) => PhraseMatch[] {
  const re = new RegExp(
    `${WB_START}${alternation(entries)}${opts.tail ?? ''}${WB_END}`,
    `gu${opts.caseSensitive ? '' : 'i'}`,
  );
  // Most sentences hold no word any entry starts with: they are answered without running the pattern.
  const gate = registerGate(entries);
  return (text) =>
    mayMatch(gate, text)
      ? execAll(re, text).map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }))
      : [];
}
