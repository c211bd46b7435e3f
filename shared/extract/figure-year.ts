/** The year a figure refers to: a year in its clause, "last year" / "this year", or a part-year period. */

import { execAll } from './exec-all.ts';
import { figureClause } from './figure-clause.ts';
import * as en from './lexicon/en/figures.ts';
import * as ru from './lexicon/ru/figures.ts';
import { alternation, regex, WB_START, wordsRegex } from './pack-words.ts';

const LAST_YEAR = wordsRegex([...en.LAST_YEAR, ...ru.LAST_YEAR]);
const THIS_YEAR = wordsRegex([...en.THIS_YEAR, ...ru.THIS_YEAR]);
const PARTIAL_YEAR =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november)\s*[–-]\s*(?:february|march|april|may|june|july|august|september|october|november|december)\b|\bfirst (?:quarter|half|\w+ months)\b|(?:январ\S*|феврал\S*)\s*[–-]\s*\S+(?:е|я)(?![а-яё])|(?:перв\S+ (?:квартал|полугоди|\S+ месяц))/iu;
/**
 * What every PARTIAL_YEAR match holds: a dash between months, or "first"/«перв…». A plain pre-check under the
 * same flags: the pattern's word boundaries are tried at every position of clauses that have neither.
 */
const MAY_BE_PARTIAL = /[–-]|first|перв/iu;
/** "since 1997", «с 2005 года»: the year starts a running total, it is not the figure's year. */
const SINCE_BEFORE = regex(`${WB_START}${alternation([...en.SINCE, ...ru.SINCE])}\\s+$`, 'iu');
/** "compared with last year", «по сравнению с прошлым годом»: the year of a comparison, not of the figure. */
const COMPARED = /\b(?:compared|same period|year-on-year|up|down)\b|по сравнению|аналогичн/iu;
const YEAR = /(?<![\d\-–])((?:19|20)\d\d)(?![\d\-–])/g;

const DEADLINE_BEFORE = regex(
  `${WB_START}${alternation([...en.DEADLINE, ...ru.DEADLINE])}\\s+(?:the end of\\s+|конца\\s+)?$`,
  'iu',
);

/** A year that starts a running total ("since 1997") or is a deadline ("by 2029"): not the figure's year. */
function sinceBefore(text: string, i: number): boolean {
  const lead = text.slice(Math.max(0, i - 20), i);
  return SINCE_BEFORE.test(lead) || DEADLINE_BEFORE.test(lead);
}

/**
 * The year a figure at `at` refers to: the nearest year in its clause (not "since 1997": that is cumulative),
 * else "last year" / "this year" / a part-year period ("January–October") in the clause, resolved from the
 * publication year; else a year or "last year" earlier in the sentence carries over.
 */
export function yearOf(sentence: string, at: number, pubYear: number | null): number | null {
  const clause = figureClause(sentence, at);
  const rel = at - clause.offset;
  let best: number | null = null;
  let dist = Number.POSITIVE_INFINITY;
  for (const m of execAll(YEAR, clause.text)) {
    const i = m.index ?? 0;
    if (sinceBefore(clause.text, i)) continue;
    const d = Math.abs(i - rel);
    if (d < dist) {
      dist = d;
      best = Number(m[1]);
    }
  }
  if (best !== null) return best;
  const lead = clause.text.slice(0, rel);
  const last = pubYear === null ? null : pubYear - 1;
  if (LAST_YEAR.test(lead)) return last;
  if (THIS_YEAR.test(clause.text) || (MAY_BE_PARTIAL.test(clause.text) && PARTIAL_YEAR.test(clause.text)))
    return pubYear;
  // Nothing in the clause: "Last year, trade …, and investment amounted to …" carries the year over.
  if (clause.offset > 0) {
    const earlier = sentence.slice(0, clause.offset);
    const lastYear = execAll(YEAR, earlier).at(-1);
    if (lastYear && !sinceBefore(earlier, lastYear.index ?? 0)) return Number(lastYear[1]);
    if (LAST_YEAR.test(earlier)) return last;
    if (THIS_YEAR.test(earlier)) return pubYear;
  }
  if (LAST_YEAR.test(clause.text) && !COMPARED.test(clause.text)) return last;
  return null;
}
