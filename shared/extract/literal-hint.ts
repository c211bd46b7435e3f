/**
 * Word-list finders for short lists looked for in every sentence (weekdays, relative day words): a plain
 * pre-test of one word of each entry decides whether the boundary pattern is run at all. The word-key gate of
 * phrases.ts walks the whole text to build its key mask, which for a short list costs more than the pattern it
 * spares whenever no other finder has masked the same text yet; this pre-test is one scan with no look-behind.
 */

import { execAll } from './exec-all.ts';
import { alternation, WB_END, WB_START } from './lexicon/build.ts';
import type { PhraseMatch } from './phrases.ts';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True for an entry written as a `/…/` pattern (lexicon syntax): its words are not read literally. */
export function isPatternEntry(entry: string): boolean {
  const t = entry.trim();
  return t.length > 2 && t.startsWith('/') && t.endsWith('/');
}

/**
 * A pattern every match of the entries' word-list pattern contains a match of: the longest word of each entry
 * (a stem without its `*`), case-insensitive with the same `u` flag, so letters fold as in the full pattern.
 * Null when an entry is a `/…/` pattern (no word of it is known to be required).
 */
export function literalHint(entries: readonly string[]): RegExp | null {
  const words = new Set<string>();
  for (const entry of entries) {
    const t = entry.trim();
    if (isPatternEntry(t)) return null;
    // fragment() (lexicon/build.ts) reads each word literally, a trailing `*` being any further letters.
    const longest = t
      .split(/\s+/)
      .map((w) => (w.endsWith('*') ? w.slice(0, -1) : w))
      .reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest === '') return null;
    words.add(longest);
  }
  if (words.size === 0) return null;
  return new RegExp([...words].map(escapeRegex).join('|'), 'iu');
}

/**
 * Finds the entries as whole words, like phraseFinder (the same pattern, so the same matches), but gated by
 * `literalHint` instead of the word-key mask.
 */
export function hintedFinder(entries: readonly string[]): (text: string) => PhraseMatch[] {
  const re = new RegExp(`${WB_START}${alternation(entries)}${WB_END}`, 'giu');
  const hint = literalHint(entries);
  return (text) =>
    hint !== null && !hint.test(text)
      ? []
      : execAll(re, text).map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
}
