/**
 * Other days in one article: "During an April 26 consultation …" in the body of a report on an April 25 meeting
 * tells a different event, and its people are not the lead event's.
 */

import { execAll } from './exec-all.ts';
import { wordsRegex } from './lexicon/build.ts';
import { OTHER_DAY_EN } from './lexicon/en/people.ts';
import { OTHER_DAY_RU } from './lexicon/ru/people.ts';
import type { Sentence } from './sentences.ts';

const MONTHS = [
  ['jan', 'январ'],
  ['feb', 'феврал'],
  ['mar', 'март'],
  ['apr', 'апрел'],
  ['may', 'ма[яй]'],
  ['jun', 'июн'],
  ['jul', 'июл'],
  ['aug', 'август'],
  ['sep', 'сентябр'],
  ['oct', 'октябр'],
  ['nov', 'ноябр'],
  ['dec', 'декабр'],
] as const;
const EN_MONTH = MONTHS.map(([en]) => en).join('|');
const RU_MONTH = MONTHS.map(([, ru]) => ru).join('|');
/** "April 26", "Apr. 26", "26 April", «26 апреля». */
const DAY_MONTH = new RegExp(
  `\\b(${EN_MONTH})[a-z]*\\.?\\s+(\\d{1,2})(?!\\d|,?\\s*\\d{3})|\\b(\\d{1,2})\\s+(${EN_MONTH})[a-z]*|(\\d{1,2})\\s+(${RU_MONTH})[а-я]*`,
  'gi',
);

/** The Russian month stems as anchored patterns, built once. */
const RU_MONTH_START = MONTHS.map(([, ru]) => new RegExp(`^${ru}`));

function monthIndex(word: string): number {
  const w = word.toLowerCase();
  return MONTHS.findIndex(([en], i) => w.startsWith(en) || (RU_MONTH_START[i] as RegExp).test(w));
}

function daysIn(text: string): Set<string> {
  const out = new Set<string>();
  if (!/\d/.test(text)) return out;
  for (const m of execAll(DAY_MONTH, text)) {
    const month = monthIndex(m[1] ?? m[4] ?? m[6] ?? '');
    const day = Number(m[2] ?? m[3] ?? m[5]);
    if (month >= 0 && day >= 1 && day <= 31) out.add(`${month}-${day}`);
  }
  return out;
}

/** Words that set a body sentence on another day of the trip than the lead's ("on the first day", «накануне»). */
const OTHER_DAY = wordsRegex([...OTHER_DAY_EN, ...OTHER_DAY_RU]);

/**
 * For each sentence: true when it is a body sentence set on another day — naming only days the title and lead do
 * not name, or saying "the day before", «в первый день визита». The sentence the event kind was read from
 * (`eventSentence`, e.g. «…, который 28 октября провел встречу с …» after a lead of quoted words) tells the event
 * itself: its day is the event's, whatever the lead names (often only a relaying agency's dateline).
 */
export function otherDaySentences(sentences: Sentence[], eventSentence: string | null = null): boolean[] {
  const lead = new Set<string>();
  for (const s of sentences) if (s.zone !== 'body') for (const d of daysIn(s.text)) lead.add(d);
  return sentences.map((s) => {
    if (s.zone !== 'body' || (eventSentence !== null && s.text.includes(eventSentence))) return false;
    if (OTHER_DAY.test(s.text)) return true;
    if (lead.size === 0) return false;
    const days = [...daysIn(s.text)];
    return days.length > 0 && days.every((d) => !lead.has(d));
  });
}
