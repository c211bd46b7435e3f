/** The agreement and figure rules' view of the one pattern builder (lexicon/build.ts), plus a cheap pre-check. */
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
