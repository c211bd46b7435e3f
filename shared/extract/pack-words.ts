/** Lexicon entries for the agreement and figure rules, with a stem allowed on every word of a phrase. */
import {
  WB_END as BUILD_WB_END,
  WB_START as BUILD_WB_START,
  alternation as buildAlternation,
  wordsRegex as buildWordsRegex,
  fragment,
} from './lexicon/build.ts';

/**
 * build.ts reads a `*` only at the end of an entry; phrases of the document and figure packs stem each word
 * («совместн* заявлени*» = «совместное заявление», «совместного заявления»). Such entries become the `/…/`
 * raw form, word by word, so every pattern builder takes them unchanged.
 */
export function stems(entries: readonly string[]): string[] {
  return entries.map((e) => {
    if (e.startsWith('/') || !/\*\s/.test(e)) return e;
    return `/${e.trim().split(/\s+/).map(fragment).join(String.raw`\s+`)}/`;
  });
}

/** Letters of the scripts the packs cover (Latin, Greek, Cyrillic with the Kazakh letters), as class ranges. */
const LETTERS = 'a-zA-Z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u052F';

/**
 * The same pattern with `\p{L}`/`\p{N}` spelled as explicit ranges. V8 builds the case-insensitive closure of
 * `\p{L}` again for every occurrence: a document pattern with sixty stems took 190 ms to compile, 20 ms after.
 */
export function cheap(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const esc = source.slice(i, i + 5);
      if (esc === '\\p{L}' || esc === '\\p{N}') {
        const range = esc === '\\p{L}' ? LETTERS : '0-9';
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

/** `alternation` of build.ts over entries whose every word may be a stem. */
export function alternation(entries: readonly string[]): string {
  return cheap(buildAlternation(stems(entries)));
}

/** `wordsRegex` of build.ts over entries whose every word may be a stem. */
export function wordsRegex(
  entries: readonly string[],
  opts: { global?: boolean; caseSensitive?: boolean } = {},
): RegExp {
  const re = buildWordsRegex(stems(entries), opts);
  return new RegExp(cheap(re.source), re.flags);
}

/** One word boundary for every script (build.ts), with cheap letter classes. */
export const WB_START = cheap(BUILD_WB_START);
export const WB_END = cheap(BUILD_WB_END);

export { fragment };

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
