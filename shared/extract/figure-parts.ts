/** Reading amounts: money with scale and currency, counts of projects, and counted units (tonnes, flights). */

import * as en from './lexicon/en/figures.ts';
import * as kk from './lexicon/kk/figures.ts';
import * as ru from './lexicon/ru/figures.ts';
import {
  alternation,
  caseless,
  caselessWords,
  fragment,
  quickTest,
  regex,
  WB_END,
  WB_START,
  wordsRegex,
} from './pack-words.ts';

const SCALE_ENTRIES: Array<readonly [string, number]> = [
  ...Object.entries(en.SCALES),
  ...ru.SCALES,
  ...kk.SCALES,
];
const SCALE_RES = SCALE_ENTRIES.map(([w, f]) => [regex(`^${fragment(w)}$`, 'iu'), f] as const);
const CURRENCY_RES = Object.entries({ ...en.CURRENCIES }).map(
  ([code, words]) =>
    [code, wordsRegex([...words, ...(ru.CURRENCIES[code] ?? []), ...(kk.CURRENCIES[code] ?? [])])] as const,
);
/** Symbols and codes stand before the number ("$5 billion", "USD 2.5 billion"); words stand after it. */
const BEFORE = Object.values(en.CURRENCIES)
  .flat()
  .filter((w) => !/^\p{Ll}/u.test(w));
const AFTER = [
  ...Object.values(kk.CURRENCIES).flat(),
  ...Object.values(en.CURRENCIES).flat(),
  ...Object.values(ru.CURRENCIES).flat(),
];

const NUM = String.raw`(\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)`;
/** Money: optional currency sign, number, optional scale, optional currency word. Groups: 1 sign, 2 number, 3 scale, 4 word. */
export const MONEY = regex(
  `(?:(${alternation(BEFORE)})\\s?)?${NUM}\\s*(?:(${alternation(SCALE_ENTRIES.map(([w]) => w))})\\.?${WB_END}|(?<=\\d))\\s*(?:(${alternation(AFTER)})(?![\\p{L}]))?`,
  'giu',
);

const NUMBER_WORDS = new Map<string, number>([...Object.entries(en.NUMBER_WORDS), ...ru.NUMBER_WORDS]);
const COUNT = `(\\d{1,4}|${alternation([...NUMBER_WORDS.keys()])})`;
/** "224 projects", "48 joint "pilot projects"", «пять крупных проектов». */
export const PROJECTS = regex(
  `${WB_START}${COUNT}\\s+(?:["'\\p{L}-]+["']?\\s+){0,3}["']?(?:projects|проект\\p{L}*|жоба\\p{L}*)${WB_END}`,
  'giu',
);

/** Fast pre-checks: a number word, a project noun (the full patterns are slow on every sentence). */
export const MAY_COUNT = quickTest([...NUMBER_WORDS.keys()]);
export const MAY_BE_PROJECTS = quickTest(['project*', 'проект*', 'жоба*']);

/** What is not a letter, a space or a dot. */
const NOT_LETTER = regex(String.raw`[^\p{L}\s.]`, 'gu');

/** The value of a count: digits or a number word. */
export function countValue(raw: string): number {
  return /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS.get(raw.toLowerCase()) ?? Number.NaN);
}

/** The factor of a scale word ("billion", «миллиардов») or 1. */
export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  for (const [re, f] of SCALE_RES) if (re.test(word)) return f;
  return 1;
}

/** The ISO code of the currency words around a number, or null. */
export function currency(before: string | undefined, after: string | undefined): string | null {
  const c = `${before ?? ''} ${after ?? ''}`.trim();
  if (!c) return null;
  for (const [code, re] of CURRENCY_RES) if (re.test(c) || (code === 'USD' && c.includes('$'))) return code;
  for (const [code, re] of CURRENCY_RES) if (re.test(c.replace(NOT_LETTER, ''))) return code;
  return /[€]/.test(c) ? 'EUR' : /[¥]/.test(c) ? 'CNY' : /[₸]/.test(c) ? 'KZT' : null;
}

/** "1,500" (thousands) vs "43,8" (decimal comma). */
export function parseNumber(raw: string): number {
  if (/^\d{1,3}([ ,]\d{3})+(\.\d+)?$/.test(raw)) return Number(raw.replace(/[ ,]/g, ''));
  return Number(raw.replace(',', '.'));
}

/** Counted units ("23 million tonnes of cargo", "43 flights between the two countries"), with the words they need. */
export const UNITS = [...en.COUNTED_UNITS, ...ru.COUNTED_UNITS].map(([unit, words, context]) => ({
  unit,
  // Both run on folded text (`caseless`): each unit's case-insensitive alternations cost milliseconds to compile.
  // The groups read from a match are the number and the scale word, which `scaleOf` compares without case.
  re: caseless(
    `${WB_START}${NUM}\\s*(?:(${alternation(SCALE_ENTRIES.map(([w]) => w))})\\.?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${alternation(words)}${WB_END}`,
    'giu',
  ),
  context: caselessWords(context),
  quick: quickTest(words),
}));

/**
 * Any unit's quick test in one pattern: it says yes wherever one of them does (the same heads under the same
 * flag), so a sentence naming no counted noun skips the per-unit tests (one scan instead of one a unit).
 */
export const MAY_NAME_UNIT = quickTest(
  [...en.COUNTED_UNITS, ...ru.COUNTED_UNITS].flatMap(([, words]) => words),
);
