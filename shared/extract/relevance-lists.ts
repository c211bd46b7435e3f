/**
 * How the relevance patterns are built and asked: one pattern per word list (stems behind one letter run), run
 * in lower case on lower-cased text where the entries allow, and tried only where the word walk says it may match.
 */

import { lowerText } from './analysis/index.ts';
import { alternation, firstLetterGuard, fragment, WB_END, WB_START } from './lexicon/build.ts';
import { eachMatch, keyed, matches } from './relevance-keys.ts';

/** Several patterns counted together as one kind of evidence. */
export type Evidence = RegExp[];

/**
 * Patterns that ignore case are built from lower-case entries and run on lower-cased text: a `u`+`i` pattern
 * full of `\p{L}` (every stem and word boundary) costs V8 hundreds of milliseconds to compile, case folding
 * the whole letter class; matching lower case against lower case costs nothing extra.
 */
export const LOWER = new WeakSet<RegExp>();
/** Lower-case letters of the languages read (Latin with accents, Russian, Kazakh). */
const LOWER_LETTER = '[a-zß-öø-ÿā-žа-яёәғқңөұүһі]';

/**
 * One pattern for a word list, with all stems behind one shared letter run: written once per stem (as
 * `wordsRegex` does), the letter class makes a list of a hundred stems cost V8 a few hundred milliseconds to
 * compile. Entries with inner stems («глав* государств*») become regex entries word by word; a `/…/` entry is
 * taken as written (in lower case already).
 */
export function listRegex(
  entries: readonly string[],
  lowerCase: boolean,
  guarded = true,
  indexed = true,
): RegExp {
  const isRegex = (e: string) => e.length > 2 && e.startsWith('/') && e.endsWith('/');
  const norm = entries.map((e) => (lowerCase && !isRegex(e) ? e.toLowerCase() : e));
  const stems = norm.filter((e) => !isRegex(e) && /^\S+\*$/.test(e)).map((e) => e.slice(0, -1));
  const rest = norm
    .filter((e) => isRegex(e) || !/^\S+\*$/.test(e))
    .map((e) => (!isRegex(e) && /\*\s/.test(e) ? `/${e.split(/\s+/).map(fragment).join('\\s+')}/` : e));
  const parts = [
    ...(stems.length > 0 ? [`${alternation(stems)}\\p{L}*`] : []),
    ...(rest.length > 0 ? [alternation(rest)] : []),
  ];
  // On lower-cased text a small explicit class of lower-case letters does what \p{L} does, compiled at no cost.
  const body = (parts.join('|') || '(?!)').replaceAll('\\p{L}', lowerCase ? LOWER_LETTER : '\\p{L}');
  const re = new RegExp(`${guarded ? firstLetterGuard(norm) : ''}${WB_START}(?:${body})${WB_END}`, 'gu');
  if (lowerCase) LOWER.add(re);
  if (indexed) keyed(re, norm, { lowerCase });
  return re;
}

/** A lower-case pattern of word lists (run on lower-cased text). */
export const words = (...lists: readonly string[][]): RegExp => listRegex(lists.flat(), true);
/** A case-sensitive pattern of word lists (acronyms), run on the text as written. */
export const exact = (...lists: readonly string[][]): RegExp => listRegex(lists.flat(), false);

/**
 * The text in lower case. Rules ask about the same sentence several times in a row and about the whole article
 * in between; a side that looks around asks about every sentence between two questions about the whole text, so
 * a cache of the last two texts lowered the whole article again for each such side.
 */
export function lower(text: string): string {
  // The article analysis's cache: a sentence lowered for its tally is found again by its string.
  return lowerText(text);
}

/** Whether a pattern is run on the text in lower case (built from lower-case entries). */
export function scansLowerCase(re: RegExp): boolean {
  return LOWER.has(re);
}

/** How often any pattern of the evidence occurs in a text. */
export function count(ev: Evidence | RegExp, text: string): number {
  if (!Array.isArray(ev)) return eachMatch(ev, LOWER.has(ev) ? lower(text) : text);
  let n = 0;
  for (const re of ev) n += eachMatch(re, LOWER.has(re) ? lower(text) : text);
  return n;
}

/**
 * `text.replace(re, by)` for a global pattern, the pattern tried only where the word walk says it may match
 * (`text` as the pattern reads it: lower-cased for a lower-case pattern).
 */
export function replaceMatches(re: RegExp, text: string, by: string): string {
  let out = '';
  let last = 0;
  eachMatch(re, text, (m) => {
    out += text.slice(last, m.index) + by;
    last = m.index + m[0].length;
    return false;
  });
  return last === 0 ? text : out + text.slice(last);
}

/** True when any pattern occurs (the non-global `test` of a one-off pattern). */
export function has(ev: Evidence | RegExp, text: string): boolean {
  if (!Array.isArray(ev)) return matches(ev, LOWER.has(ev) ? lower(text) : text);
  for (const re of ev) if (matches(re, LOWER.has(re) ? lower(text) : text)) return true;
  return false;
}
