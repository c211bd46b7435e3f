/** The agreement and figure rules' view of the one pattern builder (lexicon/build.ts), plus a cheap pre-check. */

import { foldText } from './case-fold.ts';
import {
  alternation as buildAlternation,
  wordsRegex as buildWordsRegex,
  fragment,
  LETTER,
  WB_END,
  WB_START,
} from './lexicon/build.ts';

/**
 * A pattern source with any `\p{L}`/`\p{N}` written as explicit ranges (see LETTER in build.ts): for the few
 * hand-written `/…/` entries and rule patterns that still say `\p{L}`.
 */
export function cheap(source: string): string {
  let out = '';
  let inClass = false;
  const letters = LETTER.slice(1, -1);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const esc = source.slice(i, i + 5);
      if (esc === '\\p{L}' || esc === '\\p{N}') {
        const range = esc === '\\p{L}' ? letters : '0-9';
        out += inClass ? range : `[${range}]`;
        i += 4;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** A RegExp from a source with cheap letter classes. */
export function regex(source: string, flags: string): RegExp {
  return new RegExp(cheap(source), flags);
}

/** `alternation` of build.ts, with any `\p{L}` of `/…/` entries made cheap. */
export function alternation(entries: readonly string[]): string {
  return cheap(buildAlternation(entries));
}

/** `wordsRegex` of build.ts, with any `\p{L}` of `/…/` entries made cheap. */
export function wordsRegex(
  entries: readonly string[],
  opts: { global?: boolean; caseSensitive?: boolean } = {},
): RegExp {
  const re = buildWordsRegex(entries, opts);
  return new RegExp(cheap(re.source), re.flags);
}

export { fragment, WB_END, WB_START };

/**
 * A fast pre-check for a list of entries: the longest word of each entry (its stem up to `*`) as a plain
 * alternation without word boundaries. It may say yes too often but never no to a text the full pattern
 * matches, so rules run their full patterns (with Unicode boundaries, which are slow) only on likely sentences.
 */
export function quickTest(entries: readonly string[]): RegExp {
  const heads = new Set<string>();
  for (const e of entries) {
    if (e.startsWith('/')) continue;
    // The longest word of a phrase is its most specific one ("memorandum of understanding" → "understanding").
    const words = e
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/\*.*$/, '').toLowerCase());
    const head = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (head) heads.add(head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  return new RegExp([...heads].join('|'), 'i');
}

/**
 * A pattern source with its literal letters in lower case, for a case-sensitive run on folded text (see
 * `caseless`); null when lower-casing cannot say the same: a named group, a back-reference, a `\u` letter outside
 * a class, or a class with a letter other than the case-closed ranges of LETTER and `\p{…}`.
 */
function lowerSource(source: string): string | null {
  const letters = LETTER.slice(1, -1);
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'k' || next === 'u' || next === 'x' || next === 'c') return null;
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', i);
        out += source.slice(i, close + 1);
        i = close;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '(' && source.startsWith('(?<', i) && /[\p{L}]/u.test(source[i + 3] ?? '')) return null;
    if (c === '[') {
      const close = classEnd(source, i);
      if (close < 0) return null;
      const body = source.slice(i + 1, close).replaceAll(letters, '');
      if (/\\[ukxc]|[\p{L}]/u.test(body.replace(/\\[pP]\{[^}]*\}/g, '').replace(/\\./g, ''))) return null;
      out += source.slice(i, close + 1);
      i = close;
      continue;
    }
    const f = foldText(c);
    if (f.length !== 1) return null;
    out += f;
  }
  return out;
}

/** Index of the `]` closing the class opened at `at`, or -1. */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** A case-insensitive pattern, run case-sensitively on folded text where it can be (see `caseless`). */
export interface Caseless {
  /** The pattern to run and the text to run it on: offsets in that text are offsets in the given one. */
  on(text: string): [RegExp, string];
  test(text: string): boolean;
  search(text: string): number;
}

/**
 * A case-insensitive pattern that compiles cheaply: V8 builds the case-folded closure of every letter class of
 * a `u`+`i` pattern when it compiles it (for each text encoding, on first use), which for a list with a letter
 * run per stem costs tens of milliseconds. Here the letters are lower-cased in the pattern and the text is folded
 * (word-keys.ts, `foldText`), so the pattern needs no `i`. Matches keep their offsets but their text is folded:
 * for tests, positions and lengths only. A text whose fold changes its length runs the `i` pattern (built then).
 */
export function caseless(source: string, flags: string, opts: { raw?: boolean } = {}): Caseless {
  // `raw` keeps `\p{L}` as written (a pattern that never went through `cheap`).
  const cheapSource = opts.raw ? source : cheap(source);
  const low = flags.includes('i') ? lowerSource(cheapSource) : null;
  const folded = low === null ? null : new RegExp(low, flags.replace('i', ''));
  let full: RegExp | null = folded ? null : new RegExp(cheapSource, flags);
  const on = (text: string): [RegExp, string] => {
    if (folded) {
      const f = foldText(text);
      if (f.length === text.length) return [folded, f];
    }
    full ??= new RegExp(cheapSource, flags);
    return [full, text];
  };
  return {
    on,
    test: (text) => {
      const [re, t] = on(text);
      re.lastIndex = 0;
      return re.test(t);
    },
    search: (text) => {
      const [re, t] = on(text);
      return t.search(re);
    },
  };
}

/** `wordsRegex` as a `caseless` pattern (case-insensitive unless `caseSensitive`). */
export function caselessWords(
  entries: readonly string[],
  opts: { global?: boolean; caseSensitive?: boolean } = {},
): Caseless {
  const re = buildWordsRegex(entries, opts);
  return caseless(re.source, re.flags);
}
