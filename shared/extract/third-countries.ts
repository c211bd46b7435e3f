/**
 * Third countries in role phrases and names, from the partner packs (lexicon/*\/partners.ts, the one home of
 * third-country words): "Vietnamese President" names a third country's official, never a participant of a
 * Kazakhstan–China event, and "Russian" is never part of a personal name.
 */
import { alternation, WB_END, WB_START } from './lexicon/build.ts';
import * as EN_PARTNERS from './lexicon/en/partners.ts';
import * as KK_PARTNERS from './lexicon/kk/partners.ts';
import * as RU_PARTNERS from './lexicon/ru/partners.ts';
import { memoizeString } from './memo.ts';
import { caseless } from './pack-words.ts';

/**
 * Third countries and organisations by the words that name them, from the partner packs (the one home of
 * third-country words): in a role phrase they make its holder neither side's ("Vietnamese President").
 */
const THIRD_WORDS: Record<string, string[]> = {};
for (const pack of [
  EN_PARTNERS.COUNTRY_WORDS,
  RU_PARTNERS.COUNTRY_WORDS,
  KK_PARTNERS.OTHERS,
  EN_PARTNERS.ORGANISATIONS,
  RU_PARTNERS.ORGANISATIONS,
])
  for (const [code, words] of Object.entries(pack))
    THIRD_WORDS[code] = [...(THIRD_WORDS[code] ?? []), ...words];

/** A single word naming a third country ("Russian", "Uzbekistan's"): a role word, never part of a name. */
const THIRD_TOKEN = new RegExp(
  `^${alternation(
    Object.values(THIRD_WORDS)
      .flat()
      .filter((w) => !/\s/.test(w)),
  )}(?:['’]s)?$`,
  'u',
);

/** True for an English word that names a third country (lower case). */
export function isThirdCountryWord(lower: string): boolean {
  return thirdToken(lower);
}
// Every word of every role phrase is asked about, the same words again and again: each is tested once.
const thirdToken = memoizeString((lower: string) => THIRD_TOKEN.test(lower), 4000);

/**
 * One pattern for all third countries (English and Russian words), a capture group per country. Built `caseless`
 * (run without `i` on the folded phrase): compiled with `i` and `u`, V8 built the case closure of every letter of
 * a few hundred words on first use, once per text encoding (about 20 ms of every process, for a few dozen role
 * phrases). A role phrase is a few words: one scan of it is cheap, and the first match is the leftmost.
 */
const THIRD_CODES = Object.keys(THIRD_WORDS);
const THIRD = caseless(
  `${WB_START}(?:${THIRD_CODES.map((c) => `(${alternation(THIRD_WORDS[c] ?? [])})`).join('|')})${WB_END}`,
  'iu',
  { raw: true },
);

/** A cheap test before THIRD: the first three letters of some third-country word. */
const THIRD_HINT = new RegExp(
  [
    ...new Set(
      Object.values(THIRD_WORDS)
        .flat()
        .map((w) =>
          w
            .slice(0, 3)
            .toLowerCase()
            .replace(/\*.*$/, '')
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        ),
    ),
  ].join('|'),
  'i',
);

/**
 * Acronyms of third countries read with their case ("US President", «Президент США»): lower case "us" is a
 * pronoun, so they stay out of the caseless THIRD. No `i` flag, so no slow caseless compile.
 */
const ACRONYM_CODES: Record<string, string> = {};
for (const pack of [EN_PARTNERS.OTHERS_ACRONYMS, RU_PARTNERS.OTHERS_ACRONYMS, KK_PARTNERS.OTHERS_ACRONYMS])
  for (const [code, words] of Object.entries(pack)) for (const w of words) ACRONYM_CODES[w] = code;
const ACRONYM = new RegExp(`${WB_START}(${alternation(Object.keys(ACRONYM_CODES))})${WB_END}`, 'u');

/** True for a word that is a third country's acronym as written ("US", not "us"): a role word. */
export function isThirdCountryAcronym(word: string): boolean {
  return Object.hasOwn(ACRONYM_CODES, word);
}

/** The third country (neither Kazakhstan nor China) a role phrase names first, or null. */
export function thirdCountryOf(raw: string): string | null {
  const m = THIRD_HINT.test(raw) ? firstThird(raw) : null;
  const a = ACRONYM.exec(raw);
  if (a && (!m || a.index < m.index)) return ACRONYM_CODES[a[1] ?? ''] ?? null;
  if (!m) return null;
  const i = m.slice(1).findIndex((g) => g !== undefined);
  return THIRD_CODES[i] ?? null;
}

/** The leftmost third-country match of a role phrase (offsets and groups only: the text matched is folded). */
function firstThird(raw: string): RegExpExecArray | null {
  const [re, text] = THIRD.on(raw);
  return re.exec(text);
}
