/**
 * The patterns of the relevance rules, built once at module load from the language packs (lexicon/*\/relevance.ts),
 * the gazetteer of places and the gazetteer of officials. No word list or city name is written here.
 */

import { lowerText } from './analysis/index.ts';
import { PEOPLE } from './gazetteer/index.ts';
import { findPlaces } from './gazetteer/place-matcher.ts';
import { alternation, firstLetterGuard, fragment, WB_END, WB_START } from './lexicon/build.ts';
import * as EN_PARTNERS from './lexicon/en/partners.ts';
import * as EN from './lexicon/en/relevance.ts';
import * as KK_PARTNERS from './lexicon/kk/partners.ts';
import * as KK from './lexicon/kk/relevance.ts';
import * as RU_PARTNERS from './lexicon/ru/partners.ts';
import * as RU from './lexicon/ru/relevance.ts';
import { eachMatch, keyed, matches } from './relevance-keys.ts';

/** Several patterns counted together as one kind of evidence. */
export type Evidence = RegExp[];

/**
 * Patterns that ignore case are built from lower-case entries and run on lower-cased text: a `u`+`i` pattern
 * full of `\p{L}` (every stem and word boundary) costs V8 hundreds of milliseconds to compile, case folding
 * the whole letter class; matching lower case against lower case costs nothing extra.
 */
const LOWER = new WeakSet<RegExp>();
/** Lower-case letters of the languages read (Latin with accents, Russian, Kazakh). */
const LOWER_LETTER = '[a-zß-öø-ÿā-žа-яёәғқңөұүһі]';

/**
 * One pattern for a word list, with all stems behind one shared letter run: written once per stem (as
 * `wordsRegex` does), the letter class makes a list of a hundred stems cost V8 a few hundred milliseconds to
 * compile. Entries with inner stems («глав* государств*») become regex entries word by word; a `/…/` entry is
 * taken as written (in lower case already).
 */
function listRegex(entries: readonly string[], lowerCase: boolean, guarded = true, indexed = true): RegExp {
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

const words = (...lists: readonly string[][]): RegExp => listRegex(lists.flat(), true);
const exact = (...lists: readonly string[][]): RegExp => listRegex(lists.flat(), false);

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

/**
 * The known officials of one side (gazetteer), as evidence for that side: «Нуртлеу и Ван И провели
 * телефонный разговор» names neither country. Full names only (a bare surname like «Ван» is too common);
 * the Russian name may carry a case ending (Бектеновым).
 */
function officialsOf(country: string): RegExp {
  const people = PEOPLE.filter((p) => p.country === country);
  const latin = people.flatMap((p) => [p.name, ...(p.alt ?? [])]).map((n) => n.toLowerCase());
  const cyr = people.flatMap((p) => p.cyr).map((n) => n.toLowerCase());
  const guard = firstLetterGuard([...latin, ...cyr]);
  const re = new RegExp(
    `${guard}${WB_START}(?:${alternation(latin)}|${alternation(cyr)}\\p{L}{0,3})${WB_END}`,
    'gu',
  );
  LOWER.add(re);
  // The Russian name's case ending: its single-word entries may go on. No sticky copy: this pattern of a few
  // hundred names costs V8 some 80 ms to compile.
  keyed(re, [...latin, ...cyr], { lowerCase: true, suffix: true, sticky: false });
  return re;
}

/** Kazakhstan: the country, its leaders and officials, its national companies. */
export const KZ: Evidence = [
  words(EN.KZ_WORDS, RU.KZ_WORDS, KK.KZ_WORDS),
  words(EN.KZ_BODIES, RU.KZ_BODIES),
  exact(EN.KZ_ACRONYMS, RU.KZ_ACRONYMS, KK.KZ_ACRONYMS),
  officialsOf('KZ'),
];
/** China: the country, its leaders and officials, its state companies. */
export const CN: Evidence = [
  words(EN.CN_WORDS, RU.CN_WORDS, KK.CN_WORDS),
  words(EN.CN_BODIES, RU.CN_BODIES),
  exact(EN.CN_ACRONYMS, RU.CN_ACRONYMS, KK.CN_ACRONYMS),
  officialsOf('CN'),
];
/**
 * Partners that, when they dominate, make the article about another relationship. One pattern finds them all
 * (a named group per country costs a letter class per group to compile); the word found tells the country.
 */
const OTHER_CODES = Object.keys(EN_PARTNERS.COUNTRY_WORDS);
/** Every word of other partners: countries, demonyms and leaders of each pack. */
const OTHERS_LISTS: Record<string, string[]>[] = [
  EN_PARTNERS.COUNTRY_WORDS,
  EN_PARTNERS.LEADERS,
  RU_PARTNERS.COUNTRY_WORDS,
  RU_PARTNERS.LEADERS,
  KK_PARTNERS.OTHERS,
];
interface OthersMatcher {
  re: RegExp;
  /** Country of a matched word: exact words first, then the longest stem it starts with. */
  codeOf: (word: string) => string | undefined;
}
function othersMatcher(lists: Record<string, string[]>[], lowerCase: boolean): OthersMatcher {
  const exactWords = new Map<string, string>();
  const stems: Array<[string, string]> = [];
  const all: string[] = [];
  for (const code of OTHER_CODES) {
    for (const raw of lists.flatMap((l) => l[code] ?? [])) {
      const e = lowerCase ? raw.toLowerCase() : raw;
      all.push(e);
      // A multi-word entry is known by its first word («соединенн* штат*», "united states").
      const first = e.split(/\s+/)[0] ?? e;
      if (first.endsWith('*')) stems.push([first.slice(0, -1), code]);
      else exactWords.set(e.replace(/\s+/g, ' '), code);
    }
  }
  stems.sort((a, b) => b[0].length - a[0].length);
  const norm = (w: string) => (lowerCase ? w.toLowerCase() : w).replace(/\s+/g, ' ');
  // The same few words come back in every sentence: each is looked up once (the stems are a long list).
  const codes = new Map<string, string | undefined>();
  const lookup = (word: string): string | undefined => {
    const w = norm(word);
    return exactWords.get(w) ?? stems.find(([stem]) => w.startsWith(stem))?.[1];
  };
  return {
    re: listRegex(all, lowerCase),
    codeOf: (word) => {
      if (codes.has(word)) return codes.get(word);
      const code = lookup(word);
      if (codes.size >= 2000) codes.clear();
      codes.set(word, code);
      return code;
    },
  };
}
const OTHERS_WORDS = othersMatcher(OTHERS_LISTS, true);
const OTHERS_EXACT = othersMatcher(
  [EN_PARTNERS.OTHERS_ACRONYMS, RU_PARTNERS.OTHERS_ACRONYMS, KK_PARTNERS.OTHERS_ACRONYMS],
  false,
);

/** What a text says about the sides: mentions of each, their places, and other partners by code. */
export interface Tally {
  kz: number;
  cn: number;
  /**
   * Places of each side (cities, regions, their adjectives). Weaker evidence than the country itself: a
   * Kazakhstan–EU meeting held in Beijing is not about China.
   */
  kzPlaces: number;
  cnPlaces: number;
  /** Other partners: names, demonyms, leaders, and capitals as metonyms ("Moscow and Astana agreed"). */
  others: Map<string, number>;
}

/**
 * Counts everything relevance weighs in one text (each pattern scans it once). `low` is the text's
 * `toLowerCase()` when the caller has it (the article's analysis keeps each sentence's).
 */
export function tally(text: string, low: string = lower(text)): Tally {
  // The text is lowered once for every lower-case pattern (each `count` looked it up again), and the partners
  // found are counted without a closure made per text.
  const others = new Map<string, number>();
  countOthers(OTHERS_WORDS, low, others);
  countOthers(OTHERS_EXACT, text, others);
  let kzPlaces = 0;
  let cnPlaces = 0;
  for (const { place } of findPlaces(text, low)) {
    if (place.country === 'KZ') kzPlaces++;
    else if (place.country === 'CN') cnPlaces++;
    else if (place.kind === 'capital' && OTHER_CODES.includes(place.country))
      others.set(place.country, (others.get(place.country) ?? 0) + 1);
  }
  return { kz: countSide(KZ, text, low), cn: countSide(CN, text, low), kzPlaces, cnPlaces, others };
}

/** Adds the partners a matcher finds in a text to `others`, by country code. */
function countOthers(matcher: OthersMatcher, text: string, others: Map<string, number>): void {
  eachMatch(matcher.re, text, (m) => {
    const code = matcher.codeOf(m[0]);
    if (code) others.set(code, (others.get(code) ?? 0) + 1);
    return false;
  });
}

/** `count(side, text)` with the text's lower-case form given. */
function countSide(side: Evidence, text: string, low: string): number {
  let n = 0;
  for (const re of side) n += eachMatch(re, LOWER.has(re) ? low : text);
  return n;
}

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

export const BILATERAL = words(EN.BILATERAL, RU.BILATERAL, KK.BILATERAL);
export const MULTILATERAL = words(EN.MULTILATERAL, RU.MULTILATERAL, KK.MULTILATERAL);
/** Multilateral formats and organisations, for titles. */
export const MULTILATERAL_TITLE: Evidence = [
  MULTILATERAL,
  exact(EN.MULTILATERAL_BODIES, RU.MULTILATERAL_BODIES),
];
export const BILATERAL_TALK = words(EN.BILATERAL_TALK, RU.BILATERAL_TALK, KK.BILATERAL_TALK);
export const RELATION = words(EN.RELATION, RU.RELATION, KK.RELATION);
export const MEET = words(EN.MEET, RU.MEET, KK.MEET);
export const PRESS = words(EN.PRESS, RU.PRESS);
export const SIDELINES = words(EN.SIDELINES, RU.SIDELINES);
export const ROUNDUP = words(EN.ROUNDUP, RU.ROUNDUP);
export const ONE_BY_ONE = words(EN.ONE_BY_ONE, RU.ONE_BY_ONE);
export const VISIT = words(EN.VISIT, RU.VISIT, KK.VISIT);

/** The tally of several texts together (a lead, a whole article) from the tallies of its sentences. */
export function sumTallies(parts: readonly Tally[]): Tally {
  const sum: Tally = { kz: 0, cn: 0, kzPlaces: 0, cnPlaces: 0, others: new Map() };
  for (const p of parts) {
    sum.kz += p.kz;
    sum.cn += p.cn;
    sum.kzPlaces += p.kzPlaces;
    sum.cnPlaces += p.cnPlaces;
    for (const [c, n] of p.others) sum.others.set(c, (sum.others.get(c) ?? 0) + n);
  }
  return sum;
}

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
