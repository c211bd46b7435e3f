import { wordsRegex } from '../extract/lexicon/build.ts';
import type { Tenure } from './tenure.ts';

/**
 * Years a report's text can be written in, read from words that held only for a known span or count years
 * from a known start: Kazakhstan's capital was called Nur-Sultan from March 2019 to September 2022 only; the
 * title Elbasy (Leader of the Nation) was borne from 2010 until its repeal in 2022; "the 30th anniversary of
 * diplomatic relations" (established in January 1992) is 2022. An undated report that speaks so in its own
 * account is of an event in those years.
 */

/** The capital's 2019–2022 name as written in each script (hyphenated: "Nursultan" alone is a first name). */
const NUR_SULTAN = ['Nur-Sultan*', 'Nur Sultan*', 'Нур-Султан*', 'Нұр-Сұлтан*', 'Нур Султан*'];
/** The title Leader of the Nation, in each language. */
const ELBASY = ['Elbasy', 'Елбасы*', 'Leader of the Nation', 'Лидер* нации', 'Ұлт көшбасшы*'];

/** Named spans, each with its words (Han forms apart: no word boundaries in Chinese). */
const NAMED_ERAS: Array<{ words: RegExp; han: RegExp | null; years: Tenure }> = [
  // the Han form followed by a name separator or the surname is the first name of a person
  { words: wordsRegex(NUR_SULTAN), han: /努尔[-‐]?苏丹(?![·•・.．\s]*[A-Za-z纳])/u, years: [2019, 2022] },
  { words: wordsRegex(ELBASY), han: null, years: [2010, 2022] },
];

/** The year diplomatic relations were established: anniversaries count from it. */
const RELATIONS_FROM = 1992;
/** Words for diplomatic relations, and an anniversary count next to them (en, ru, kk, zh). */
const RELATIONS = /diplomatic relations|дипломатическ\p{L}* отношени|дипломатиялық|建交/iu;
const ANNIVERSARY =
  /(?<!\d)(\d{1,2})\s*(?:st|nd|rd|th)?[-\s]?(?:anniversary|-?лети\p{L}*|годовщин\p{L}*|жылдығ\p{L}*|周年)/iu;

/**
 * The Communist Party of China's national congresses, every five years since the 12th in 1982: a report that
 * speaks of the Nth congress as the latest is written in the five years after it (en, ru, zh forms).
 */
const CONGRESS_LATIN =
  /(?<!\d)(\d{2})(?:st|nd|rd|th|-?го|-?м|-?й)?\s+(?:National\s+)?(?:Party\s+)?(?:Congress|съезд\p{L}*)\s+(?:of\s+the\s+)?(?:Communist Party of China|CPC|Коммунистической партии Китая|КПК)/iu;
const CONGRESS_ROMAN = /(?<![\p{L}])(XVIII|XIX|XXI|XX)\s+(?:National\s+)?(?:Congress|съезд\p{L}*)/u;
const CONGRESS_HAN = /(?:党的)?(?:第)?(十八|十九|二十一|二十)(?:次全国代表大会|大)/u;
const ROMAN: Record<string, number> = { XVIII: 18, XIX: 19, XX: 20, XXI: 21 };
const HAN_COUNT: Record<string, number> = { 十八: 18, 十九: 19, 二十: 20, 二十一: 21 };

/** The years after the congress a sentence names (null: none named). */
function congressEra(s: string): Tenure | null {
  const latin = CONGRESS_LATIN.exec(s);
  const roman = CONGRESS_ROMAN.exec(s);
  const han = CONGRESS_HAN.exec(s);
  const n = latin
    ? Number(latin[1])
    : roman
      ? ROMAN[roman[1] as string]
      : han
        ? HAN_COUNT[han[1] as string]
        : 0;
  if (!n || n < 12 || n > 25) return null;
  const year = 1982 + 5 * (n - 12);
  return [year, year + 5];
}

/** A written year (four digits standing alone). */
const YEAR = /(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)/g;

/** Sentences and lines of a text (Latin, Cyrillic and Han sentence ends). */
const SENTENCE_END = /(?<=[.!?。！？])\s*|\n+/u;

/** The intersection of two spans (null when they do not meet). */
function meet(a: Tenure | null, b: Tenure): Tenure | null {
  if (!a) return b;
  const from = Math.max(a[0], b[0]);
  const to = a[1] === null ? b[1] : b[1] === null ? a[1] : Math.min(a[1], b[1]);
  return to !== null && to < from ? null : [from, to];
}

/** The span one sentence's own account speaks of, from the cues above (null: none). */
function sentenceEra(s: string): Tenure | null {
  let out: Tenure | null = null;
  const years = [...s.matchAll(YEAR)].map((m) => Number(m[1]));
  for (const era of NAMED_ERAS) {
    if (!era.words.test(s) && !era.han?.test(s)) continue;
    // a sentence writing a year outside the span speaks of another time ("signed in Nur-Sultan in 2019")
    if (years.some((y) => y < era.years[0] || (era.years[1] !== null && era.years[1] < y))) continue;
    out = meet(out, era.years) ?? out;
  }
  const congress = congressEra(s);
  // a sentence writing a year outside the congress's five years speaks of another time
  if (congress && !years.some((y) => y < congress[0] || (congress[1] as number) < y))
    out = meet(out, congress) ?? out;
  const n = RELATIONS.test(s) ? ANNIVERSARY.exec(s) : null;
  const count = n ? Number(n[1]) : 0;
  // the year before too: "on the eve of the 30th anniversary"
  if (count >= 1 && count <= 40) out = meet(out, [RELATIONS_FROM + count - 1, RELATIONS_FROM + count]) ?? out;
  return out;
}

/**
 * The years the text's own account can lie in from its era words (null: nothing known, or cues that
 * contradict each other).
 */
export function eraOf(text: string): Tenure | null {
  let out: Tenure | null = null;
  for (const s of text.split(SENTENCE_END)) {
    const e = sentenceEra(s);
    if (!e) continue;
    out = meet(out, e);
    if (!out) return null;
  }
  return out;
}
