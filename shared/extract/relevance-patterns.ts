/**
 * The patterns of the relevance rules, built once at module load from the language packs (lexicon/*\/relevance.ts),
 * the gazetteer of places and the gazetteer of officials. No word list or city name is written here.
 */
import { PEOPLE, placesRegex } from './gazetteer/index.ts';
import { alternation, fragment, WB_END, WB_START, wordsRegex } from './lexicon/build.ts';
import * as EN from './lexicon/en/relevance.ts';
import * as KK from './lexicon/kk/relevance.ts';
import * as RU from './lexicon/ru/relevance.ts';

/** Several patterns counted together as one kind of evidence. */
export type Evidence = RegExp[];

const words = (...lists: readonly string[][]): RegExp => wordsRegex(lists.flat(), { global: true });
const exact = (...lists: readonly string[][]): RegExp =>
  wordsRegex(lists.flat(), { global: true, caseSensitive: true });

/** How often any pattern of the evidence occurs in a text. */
export function count(ev: Evidence | RegExp, text: string): number {
  let n = 0;
  for (const re of Array.isArray(ev) ? ev : [ev]) {
    re.lastIndex = 0;
    n += text.match(re)?.length ?? 0;
  }
  return n;
}

/** True when any pattern occurs (the non-global `test` of a one-off pattern). */
export function has(ev: Evidence | RegExp, text: string): boolean {
  return count(ev, text) > 0;
}

/**
 * The known officials of one side (gazetteer), as evidence for that side: «Нуртлеу и Ван И провели
 * телефонный разговор» names neither country. Full names only (a bare surname like «Ван» is too common);
 * the Russian name may carry a case ending (Бектеновым).
 */
function officialsOf(country: string): RegExp {
  const people = PEOPLE.filter((p) => p.country === country);
  const latin = people.flatMap((p) => [p.name, ...(p.alt ?? [])]);
  const cyr = people.flatMap((p) => p.cyr).map((n) => `${fragment(n)}\\p{L}{0,3}`);
  return new RegExp(`${WB_START}(?:${alternation(latin)}|${cyr.join('|')})${WB_END}`, 'giu');
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
 * Places of each side (cities, regions, their adjectives). Weaker evidence than the country itself: a
 * Kazakhstan–EU meeting held in Beijing is not about China.
 */
export const KZ_PLACE = placesRegex((p) => p.country === 'KZ', { global: true });
export const CN_PLACE = placesRegex((p) => p.country === 'CN', { global: true });

/** Partners that, when they dominate, make the article about another relationship (capitals as metonyms). */
export const OTHERS: Record<string, Evidence> = Object.fromEntries(
  Object.keys(EN.OTHERS).map((code) => [
    code,
    [
      words(EN.OTHERS[code] ?? [], RU.OTHERS[code] ?? []),
      ...(EN.OTHERS_ACRONYMS[code] || RU.OTHERS_ACRONYMS[code]
        ? [exact(EN.OTHERS_ACRONYMS[code] ?? [], RU.OTHERS_ACRONYMS[code] ?? [])]
        : []),
      placesRegex((p) => p.country === code && p.kind === 'capital', { global: true }),
    ],
  ]),
);
/** The other Central Asian states (a C5+China story names several of them). */
export const CENTRAL_ASIA = ['UZ', 'KG', 'TJ', 'TM'];

export const BILATERAL = words(EN.BILATERAL, RU.BILATERAL, KK.BILATERAL);
export const MULTILATERAL = words(EN.MULTILATERAL, RU.MULTILATERAL, KK.MULTILATERAL);
/** Multilateral formats and organisations, for titles. */
export const MULTILATERAL_TITLE: Evidence = [
  MULTILATERAL,
  exact(EN.MULTILATERAL_BODIES, RU.MULTILATERAL_BODIES),
];
export const BILATERAL_TALK = words(EN.BILATERAL_TALK, RU.BILATERAL_TALK);
export const RELATION = words(EN.RELATION, RU.RELATION, KK.RELATION);
export const MEET = words(EN.MEET, RU.MEET, KK.MEET);
export const PRESS = words(EN.PRESS, RU.PRESS);
export const SIDELINES = words(EN.SIDELINES, RU.SIDELINES);
export const ROUNDUP = words(EN.ROUNDUP, RU.ROUNDUP);
export const ONE_BY_ONE = words(EN.ONE_BY_ONE, RU.ONE_BY_ONE);
export const VISIT = words(EN.VISIT, RU.VISIT, KK.VISIT);
