/** Lexicon entries for the agreement and figure rules, with a stem allowed on every word of a phrase. */
import { alternation as buildAlternation, wordsRegex as buildWordsRegex, fragment } from './lexicon/build.ts';

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

/** `alternation` of build.ts over entries whose every word may be a stem. */
export function alternation(entries: readonly string[]): string {
  return buildAlternation(stems(entries));
}

/** `wordsRegex` of build.ts over entries whose every word may be a stem. */
export function wordsRegex(
  entries: readonly string[],
  opts: { global?: boolean; caseSensitive?: boolean } = {},
): RegExp {
  return buildWordsRegex(stems(entries), opts);
}

export { fragment, WB_END, WB_START } from './lexicon/build.ts';
