import { wordsRegex } from '../extract/lexicon/build.ts';
import type { Tenure } from './tenure.ts';

/**
 * Years a report's text can be written in, read from names that held only for a known span: Kazakhstan's
 * capital was called Nur-Sultan from March 2019 to September 2022 only, so a report that names the capital so
 * in its own account (not in a sentence about another year) is of an event in those years.
 */

/** The capital's 2019–2022 name as written in each script (hyphenated: "Nursultan" alone is a first name). */
const NUR_SULTAN = ['Nur-Sultan*', 'Nur Sultan*', 'Нур-Султан*', 'Нұр-Сұлтан*', 'Нур Султан*'];

/** The Han form; followed by a name separator or the surname it is the first-name transcription of a person. */
const NUR_SULTAN_HAN = /努尔[-‐]?苏丹(?![·•・.．\s]*[A-Za-z纳])/u;

const NUR_SULTAN_RE = wordsRegex(NUR_SULTAN);

/** The years the capital bore the name. */
const NUR_SULTAN_YEARS: Tenure = [2019, 2022];

/** A written year (four digits standing alone). */
const YEAR = /(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)/g;

/** Sentences and lines of a text (Latin, Cyrillic and Han sentence ends). */
const SENTENCE_END = /(?<=[.!?。！？])\s*|\n+/u;

/**
 * The years the text's own account can lie in from the capital's name (null: nothing known). A sentence that
 * writes a year outside the name's span speaks of another time ("the pact signed in Nur-Sultan in 2019" in a
 * later report is background) and is not counted.
 */
export function eraOf(text: string): Tenure | null {
  for (const s of text.split(SENTENCE_END)) {
    if (!NUR_SULTAN_RE.test(s) && !NUR_SULTAN_HAN.test(s)) continue;
    const years = [...s.matchAll(YEAR)].map((m) => Number(m[1]));
    if (years.some((y) => y < NUR_SULTAN_YEARS[0] || (NUR_SULTAN_YEARS[1] as number) < y)) continue;
    return NUR_SULTAN_YEARS;
  }
  return null;
}
