import { alternation, LETTER, wordsRegex } from '../extract/lexicon/build.ts';
import { ANNIVERSARY_BASES, SINCE_WORDS } from './era-words.ts';
import { seriesEra } from './series.ts';
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

/**
 * Words coined in a known year (`SINCE_WORDS`): a text using them is written that year or later. One pattern
 * for all, a capture group per year, matched on the lower-cased sentence without the `i` flag: case-folding
 * the long Unicode alternation made it cost several times the rest of `eraOf`.
 */
const SINCE_RE = new RegExp(
  `(?<!${LETTER})(?:${SINCE_WORDS.map((e) => `(${alternation(e.words.map(lower))})`).join('|')})(?!${LETTER})`,
  'gu',
);

/** An entry in lower case (a `/…/` entry's Unicode property escapes kept as written). */
function lower(entry: string): string {
  return entry.toLowerCase().replace(/\\p\{l\}/g, '\\p{L}');
}

/**
 * Where the text names words of `SINCE_WORDS`: each place and its year. Matched once on the whole text (a
 * pass per sentence cost three times as much) and read per sentence by position.
 */
function sinceHits(text: string): Array<{ at: number; from: number }> {
  const out: Array<{ at: number; from: number }> = [];
  // lower-casing keeps the positions of these scripts' letters
  for (const m of text.toLowerCase().matchAll(SINCE_RE)) {
    const from = SINCE_WORDS[m.slice(1).findIndex((g) => g !== undefined)]?.from;
    if (from !== undefined) out.push({ at: m.index, from });
  }
  return out;
}

/** An anniversary count (en, ru, kk, zh), global: a sentence may name several. */
const ANNIVERSARY =
  /(?<!\d)(\d{1,3})\s*(?:st|nd|rd|th)?[-\s]?(?:anniversary|-?лети\p{L}*|годовщин\p{L}*|жылдығ\p{L}*|周年)/giu;
/** The names anniversaries count from (`ANNIVERSARY_BASES`), each global to find every place it is named. */
const BASES = ANNIVERSARY_BASES.map((b) => ({
  from: b.from,
  // letters, not digits, bound a base: Chinese writes the count right after it (建交30周年)
  words: new RegExp(`(?<!${LETTER})${alternation(b.words)}(?!${LETTER})`, 'giu'),
}));
/** "Golden" before a count: the golden thirty years of relations that began with their 30th anniversary. */
const GOLDEN = /golden\W*$|золот\p{L}*\W*$|алтын\W*$|黄金\W*$/iu;
/** Characters around a count within which its base is named ("the 75th anniversary of the founding of …"). */
const BASE_REACH = 60;

/**
 * The founding year of the anniversary a count at `start`–`end` of a sentence speaks of: the base named
 * nearest to it within BASE_REACH (null: none).
 */
function baseOf(s: string, start: number, end: number): number | null {
  let best: number | null = null;
  let bestGap = BASE_REACH + 1;
  for (const b of BASES) {
    for (const m of s.matchAll(b.words)) {
      const gap = m.index >= end ? m.index - end : Math.max(0, start - (m.index + m[0].length));
      if (gap < bestGap) {
        best = b.from;
        bestGap = gap;
      }
    }
  }
  return best;
}

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
const SENTENCE_END_ALL = /(?<=[.!?。！？])\s*|\n+/gu;

/** The intersection of two spans (null when they do not meet). */
function meet(a: Tenure | null, b: Tenure): Tenure | null {
  if (!a) return b;
  const from = Math.max(a[0], b[0]);
  const to = a[1] === null ? b[1] : b[1] === null ? a[1] : Math.min(a[1], b[1]);
  return to !== null && to < from ? null : [from, to];
}

/** The span one sentence's own account speaks of, from the cues above (null: none). */
function sentenceEra(s: string, since: number | null): Tenure | null {
  let out: Tenure | null = null;
  const years = [...s.matchAll(YEAR)].map((m) => Number(m[1]));
  // a sentence writing a year before it speaks of another time ("before the pandemic, in 2019")
  if (since !== null && !years.some((y) => y < since)) out = meet(out, [since, null]) ?? out;
  for (const era of NAMED_ERAS) {
    if (!era.words.test(s) && !era.han?.test(s)) continue;
    // a sentence writing a year outside the span speaks of another time ("signed in Nur-Sultan in 2019")
    if (years.some((y) => y < era.years[0] || (era.years[1] !== null && era.years[1] < y))) continue;
    out = meet(out, era.years) ?? out;
  }
  const series = seriesEra(s);
  if (series) out = meet(out, series) ?? out;
  const congress = congressEra(s);
  // a sentence writing a year outside the congress's five years speaks of another time
  if (congress && !years.some((y) => y < congress[0] || (congress[1] as number) < y))
    out = meet(out, congress) ?? out;
  for (const n of s.matchAll(ANNIVERSARY)) {
    // "the golden 30th anniversary": the era after the anniversary, not its year
    if (GOLDEN.test(s.slice(Math.max(0, n.index - 12), n.index))) continue;
    const count = Number(n[1]);
    const from = count >= 1 && count <= 120 ? baseOf(s, n.index, n.index + n[0].length) : null;
    // the year before too: "on the eve of the 30th anniversary"
    if (from !== null) out = meet(out, [from + count - 1, from + count]) ?? out;
  }
  return out;
}

/**
 * The years the text's own account can lie in from its era words (null: nothing known, or cues that
 * contradict each other).
 */
export function eraOf(text: string): Tenure | null {
  let out: Tenure | null = null;
  const hits = sinceHits(text);
  let start = 0;
  let next = 0;
  const sentence = (end: number): boolean => {
    // the latest year any coined word of this sentence was coined in
    let since: number | null = null;
    while (next < hits.length && (hits[next] as { at: number }).at < end) {
      const h = hits[next++] as { at: number; from: number };
      if (h.at >= start) since = Math.max(since ?? h.from, h.from);
    }
    const e = sentenceEra(text.slice(start, end), since);
    if (e) out = meet(out, e);
    return e === null || out !== null;
  };
  for (const sep of text.matchAll(SENTENCE_END_ALL)) {
    if (sep[0] === '' && sep.index === start) continue;
    if (!sentence(sep.index)) return null;
    start = sep.index + sep[0].length;
  }
  return sentence(text.length) ? out : null;
}
