/**
 * The one pattern builder for every language pack: lexicon files hold words (data only), this module turns
 * them into regular expressions with one word boundary for every script (Latin, Cyrillic with Kazakh letters,
 * Han), so no rule file pastes a boundary or an escaped alternation of its own.
 */

/**
 * Letters of the scripts the packs cover: Latin with its accented and extended forms, Greek, Cyrillic with the
 * Kazakh letters. Written as ranges rather than `\p{L}`: V8 builds the case-folded closure of `\p{L}` anew for
 * every occurrence in a case-insensitive pattern, and a list of sixty stems took 190 ms to compile (13 ms so).
 */
const LETTER_RANGES = String.raw`a-zA-Z\u00C0-\u024F\u0250-\u02AF\u0370-\u03FF\u0400-\u052F\u1E00-\u1EFF`;

/** One letter of the covered scripts, for patterns built from the packs (a stem's ending is a run of these). */
export const LETTER = `[${LETTER_RANGES}]`;

/** Word characters lie below this code (U+1F00): tables by character code need no more entries. */
export const WORD_SPAN = 0x1f00;
/** Letters and digits of the boundary below `WORD_SPAN`, by UTF-16 code unit (see `isWordCode`). */
const WORD_CODES = Uint8Array.from({ length: WORD_SPAN }, (_, c) =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0xc0 && c <= 0x2af) ||
  (c >= 0x370 && c <= 0x3ff) ||
  (c >= 0x400 && c <= 0x52f) ||
  (c >= 0x1e00 && c <= 0x1eff)
    ? 1
    : 0,
);

/**
 * `LETTER_RANGES` and 0-9 tested on one UTF-16 code unit: for scanners that walk a text's words by character
 * code instead of running a pattern (word-index.ts, relevance-keys.ts).
 */
export function isWordCode(c: number): boolean {
  // One load from a table instead of seven range tests: the scanners ask it of every character of a text.
  return c < WORD_SPAN && WORD_CODES[c] === 1;
}

/** A letter or a digit: what a word boundary must not have on either side. */
const WORD_CHAR = `[${LETTER_RANGES}0-9]`;

/** Left word boundary that works in every script (JavaScript's `\b` knows only ASCII letters). */
export const WB_START = `(?<!${WORD_CHAR})`;

/** Right word boundary that works in every script. */
export const WB_END = `(?!${WORD_CHAR})`;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One lexicon entry as a regex fragment. A `*` ending a word marks a stem: any letters may follow (Russian and
 * Kazakh endings: `петропавл*` matches «Петропавловск», «Петропавловске»; «совместн* заявлени*» matches
 * «совместного заявления»). Spaces match any run of white space. A fragment wrapped in `/…/` is taken as a regex
 * source unchanged, for the few entries words cannot say.
 */
export function fragment(entry: string): string {
  if (entry.length > 2 && entry.startsWith('/') && entry.endsWith('/')) return entry.slice(1, -1);
  return entry
    .trim()
    .split(/\s+/)
    .map((w) => (w.endsWith('*') ? `${escapeRegex(w.slice(0, -1))}${LETTER}*` : escapeRegex(w)))
    .join(String.raw`\s+`);
}

/**
 * An alternation of entries, longest first so that "state visit" wins over "visit". An empty list matches
 * nothing (`(?!)`): `(?:)` would match the empty string everywhere, so a pack that lacks a list (or a list the
 * ablation bench emptied) would fire a rule on every text instead of never.
 */
export function alternation(entries: readonly string[]): string {
  if (entries.length === 0) return '(?!)';
  const sorted = [...new Set(entries)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(fragment).join('|')})`;
}

/**
 * A regex matching any of the entries as whole words. Flags always include `u` (entries and `/…/` fragments may
 * use Unicode escapes) and `i` unless `caseSensitive` is set; add `g` for matchAll.
 */
export function wordsRegex(
  entries: readonly string[],
  opts: { global?: boolean; caseSensitive?: boolean } = {},
): RegExp {
  const flags = `u${opts.caseSensitive ? '' : 'i'}${opts.global ? 'g' : ''}`;
  return new RegExp(`${WB_START}${alternation(entries)}${WB_END}`, flags);
}

/** True when any entry occurs in the text as a whole word. */
export function hasWord(text: string, entries: readonly string[]): boolean {
  return wordsRegex(entries).test(text);
}

/**
 * A lookahead for the first letters of a big list's entries, put before the word boundary: V8 then skips along
 * the text to those letters instead of trying the lookbehind and the whole alternation at every position. Under
 * the `i` flag the class matches either case. A `/…/` entry (or one starting with a stem mark) has no known first
 * letter: then no guard. Small lists gain nothing.
 */
export function firstLetterGuard(entries: readonly string[], min = 40): string {
  if (entries.length < min) return '';
  const firsts = new Set<string>();
  for (const e of entries) {
    const t = e.trim();
    if (t.length === 0 || t.startsWith('/') || t.startsWith('*')) return '';
    firsts.add(t[0] as string);
  }
  return `(?=[${[...firsts].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}])`;
}
