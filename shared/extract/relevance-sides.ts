/**
 * The two sides and the other partners as relevance evidence: the patterns of Kazakhstan and China (words,
 * bodies, acronyms, officials of the gazetteer), the matcher of other partners, and the tally of a text.
 */

import { PEOPLE } from './gazetteer/index.ts';
import { findPlaces } from './gazetteer/place-matcher.ts';
import { alternation, firstLetterGuard, WB_END, WB_START } from './lexicon/build.ts';
import * as EN_PARTNERS from './lexicon/en/partners.ts';
import * as EN from './lexicon/en/relevance.ts';
import * as KK_PARTNERS from './lexicon/kk/partners.ts';
import * as KK from './lexicon/kk/relevance.ts';
import * as RU_PARTNERS from './lexicon/ru/partners.ts';
import * as RU from './lexicon/ru/relevance.ts';
import { eachMatch, keyed } from './relevance-keys.ts';
import { type Evidence, exact, LOWER, listRegex, lower, words } from './relevance-lists.ts';

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
export const OTHERS_LISTS: Record<string, string[]>[] = [
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
