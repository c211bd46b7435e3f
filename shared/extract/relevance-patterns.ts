/**
 * The patterns of the relevance rules, built once at module load from the language packs (lexicon/*\/relevance.ts),
 * the gazetteer of places and the gazetteer of officials. No word list or city name is written here.
 */

import { findPlaces } from './gazetteer/place-matcher.ts';
import { alternation, firstLetterGuard, WB_END, WB_START } from './lexicon/build.ts';
import * as EN from './lexicon/en/relevance.ts';
import * as KK from './lexicon/kk/relevance.ts';
import * as RU from './lexicon/ru/relevance.ts';
import { eachMatch, keyed } from './relevance-keys.ts';
import { type Evidence, exact, has, LOWER, listRegex, lower, words } from './relevance-lists.ts';
import { CN, KZ, OTHERS_LISTS } from './relevance-sides.ts';

// The pattern machinery and the sides, re-exported: the relevance rules, dates, kinds and tests import them here.
export { count, type Evidence, has, lower, replaceMatches, scansLowerCase } from './relevance-lists.ts';
export { CN, KZ, sumTallies, type Tally, tally } from './relevance-sides.ts';

/**
 * A pattern that looks around more than one character (beyond the word boundaries and a first-letter guard) may
 * judge a sentence's edge differently inside the whole text ("Xi" before a next line's "Jinping").
 */
/** Answers of `looksAround` by pattern (asked for every article). */
const LOOKS_AROUND = new WeakMap<RegExp, boolean>();
function looksAround(re: RegExp): boolean {
  const known = LOOKS_AROUND.get(re);
  if (known !== undefined) return known;
  const rest = re.source
    .replaceAll(WB_START, '')
    .replaceAll(WB_END, '')
    .replace(/^\(\?=\[[^\]]*\]\)/, '');
  const found = /\(\?<?[=!]/.test(rest);
  LOOKS_AROUND.set(re, found);
  return found;
}

/**
 * Whether a side (`KZ` or `CN`) may appear anywhere in an article: its words, names or places. False means no
 * sentence's tally counts that side, so relevance can say "one side never appears" without tallying sentence by
 * sentence (most unrelated texts lack one side).
 */
export function sideMayAppear(side: 'KZ' | 'CN', full: string, sentences: readonly string[]): boolean {
  return sideNamed(side, full, sentences) || sidePlaced(side, full, sentences);
}

/**
 * Whether a side's words, names or bodies may appear in an article (its places aside): false means no sentence's
 * tally has `kz` (or `cn`) above zero. A match inside a sentence is met or overlapped by the whole text's scan
 * (word boundaries see the spaces between sentences as they see a sentence's ends); patterns that look further
 * around run on each sentence instead.
 */
export function sideNamed(side: 'KZ' | 'CN', full: string, sentences: readonly string[]): boolean {
  for (const re of side === 'KZ' ? KZ : CN) {
    if (looksAround(re) ? sentences.some((s) => has(re, s)) : scans(re, full)) return true;
  }
  return false;
}

/** Whether a place of a side may appear in an article: false means no sentence's tally counts a place of it. */
export function sidePlaced(side: 'KZ' | 'CN', full: string, sentences: readonly string[]): boolean {
  // Case folding that changes lengths makes the place finder fold letter by letter: ask each sentence.
  if (lower(full).length !== full.length)
    return sentences.some((s) => findPlaces(s, lower(s)).some(({ place }) => place.country === side));
  return placesOfFull(full).some(({ place }) => place.country === side);
}

/**
 * Whether a pattern matches in a whole text, by its own scan: it stops at the first match (an article naming a
 * side names it early), where the word walk would read the whole text for this one question.
 */
function scans(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(LOWER.has(re) ? lower(text) : text);
  re.lastIndex = 0;
  return found;
}

/** The places of the last whole text asked about: both sides ask about the same article in a row. */
let lastFull: string | null = null;
let lastFullPlaces: ReturnType<typeof findPlaces> = [];
function placesOfFull(full: string): ReturnType<typeof findPlaces> {
  if (full !== lastFull) {
    lastFullPlaces = findPlaces(full, lower(full));
    lastFull = full;
  }
  return lastFullPlaces;
}

/** The other Central Asian states (a C5+China story names several of them). */
export const CENTRAL_ASIA = ['UZ', 'KG', 'TJ', 'TM'];

/** Phrases that name the pair as such. */
export const BILATERAL = words(EN.BILATERAL, RU.BILATERAL, KK.BILATERAL);
/** Formats of several countries: Central Asia–China, C+C5. */
export const MULTILATERAL = words(EN.MULTILATERAL, RU.MULTILATERAL, KK.MULTILATERAL);
/** Multilateral formats and organisations, for titles. */
export const MULTILATERAL_TITLE: Evidence = [
  MULTILATERAL,
  exact(EN.MULTILATERAL_BODIES, RU.MULTILATERAL_BODIES),
];
/** Words saying that a multilateral story has a two-party part. */
export const BILATERAL_TALK = words(EN.BILATERAL_TALK, RU.BILATERAL_TALK, KK.BILATERAL_TALK);
/** Words that make a sentence naming both countries about their relations. */
export const RELATION = words(EN.RELATION, RU.RELATION, KK.RELATION);
/** A meeting between the two (talks, a call, a visit). */
export const MEET = words(EN.MEET, RU.MEET, KK.MEET);
/** Meeting the press, which is not meeting each other. */
export const PRESS = words(EN.PRESS, RU.PRESS);
/** Talks at a multilateral event that were the two's own. */
export const SIDELINES = words(EN.SIDELINES, RU.SIDELINES);
/** A round-up of one leader's meetings with many guests. */
export const ROUNDUP = words(EN.ROUNDUP, RU.ROUNDUP);
/** Cues that a list of leaders met one by one, not as a group. */
export const ONE_BY_ONE = words(EN.ONE_BY_ONE, RU.ONE_BY_ONE);
/** A visit of one side to the other. */
export const VISIT = words(EN.VISIT, RU.VISIT, KK.VISIT);

/**
 * A list of three or more countries ("Russia, Kazakhstan and China", «России, Казахстана и Китая»): the two
 * sides as members of a list are not a pair. Names are the countries of both sides and of the other partners.
 */
const COUNTRY_ENTRIES = [
  ...EN.KZ_WORDS,
  ...RU.KZ_WORDS,
  ...KK.KZ_WORDS,
  ...EN.CN_WORDS,
  ...RU.CN_WORDS,
  ...KK.CN_WORDS,
  ...OTHERS_LISTS.flatMap((l) => Object.values(l).flat()),
];
const COUNTRY_NAME = listRegex(COUNTRY_ENTRIES, true, false, false).source.slice(
  WB_START.length,
  -WB_END.length,
);
const COUNTRY_LIST = new RegExp(
  `${firstLetterGuard(COUNTRY_ENTRIES.map((e) => e.toLowerCase()))}${WB_START}${COUNTRY_NAME}(?:\\s*,\\s*${COUNTRY_NAME})+,?\\s+${alternation([...EN.LIST_AND, ...RU.LIST_AND, ...KK.LIST_AND])}\\s+${COUNTRY_NAME}${WB_END}`,
  'gu',
);
keyed(
  COUNTRY_LIST,
  COUNTRY_ENTRIES.map((e) => e.toLowerCase()),
  { lowerCase: true },
);

/** The text with every list of three or more countries blanked out (offsets kept when case folding allows). */
export function withoutLists(text: string): string {
  const low = lower(text);
  if (low.length !== text.length) return text;
  let out = text;
  eachMatch(COUNTRY_LIST, low, (m) => {
    out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
    return false;
  });
  return out;
}
