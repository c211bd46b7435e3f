/**
 * Plain pre-checks in front of the agreement rules' slow patterns: each says no only to texts its full pattern
 * cannot match (it looks for a literal every match holds, under the full pattern's flags), so that the
 * Unicode-boundary alternations are not tried at every position of the many sentences that hold none of their
 * words. See tests/extract/pre-checks.test.ts.
 */
import * as en from './lexicon/en/documents.ts';
import * as kk from './lexicon/kk/documents.ts';
import * as ru from './lexicon/ru/documents.ts';
import { quickTest } from './pack-words.ts';

/**
 * A plain pre-check for a word list (each entry's longest word, anywhere in the text) under the flags of its
 * full pattern (`u` and `i`). Lists with `/…/` entries have no such check: quickTest leaves those entries out.
 */
function preCheck(entries: readonly string[]): RegExp {
  if (entries.some((e) => e.trim().startsWith('/')))
    throw new Error('preCheck: a /…/ entry has no plain word');
  return new RegExp(quickTest(entries).source, 'iu');
}

/** ENUMERATION's pre-check: every sentence naming a document is asked, few hold an opener. */
export const MAY_ENUMERATE = preCheck([...en.ENUMERATION, ...ru.ENUMERATION, ...kk.ENUMERATION]);

/** CEREMONY's pre-check: every sentence of an article may be asked, and the boundary pattern is slow to fail. */
export const MAY_BE_CEREMONY = preCheck([...en.CEREMONY, ...ru.CEREMONY, ...kk.CEREMONY]);

/**
 * The literal word every match of REDUCED_RELATIVE and SIGNED_EARLIER (agreement-cues.ts) holds ("signed", the
 * participle's stem), as plain pre-checks under their flags: the patterns try their words at each of the first
 * 160 positions after every document mention, and most mentions have neither word after them.
 */
export const MAY_BE_REDUCED_RELATIVE = /signed/iu;
export const MAY_BE_SIGNED_EARLIER = new RegExp(
  ru.SIGNED_EARLIER.map((e) => leadWord(e) ?? '').join('|'),
  'iu',
);

/** The letters a `/…/` entry starts with for sure (up to its first other character), or null if none. */
function leadWord(entry: string): string | null {
  const src = entry.startsWith('/') && entry.endsWith('/') ? entry.slice(1, -1) : entry;
  const m = /^\p{L}+/u.exec(src);
  if (!m) return null;
  // A quantifier after the run makes its last letter optional.
  return '?*+{'.includes(src[m[0].length] ?? ' ') ? m[0].slice(0, -1) || null : m[0];
}
