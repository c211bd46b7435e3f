import type { ExtractedEvent } from '../domain/index.ts';
import { isAheadYear } from './ahead-years.ts';
import { unboxed } from './compact.ts';
import { tokenize } from './content.ts';
import { isCommonStem, isTargetYear, monthOfWord } from './lexicon.ts';
import { hanPlaceStems } from './occasions.ts';
import { placeNameStems } from './place-names.ts';
import { isSinceYear } from './since-years.ts';
import { latinStem } from './stems.ts';

/**
 * The fingerprints `reportOf` reads off a report's text: distinctive names and numbers, written days, the
 * years it looks back on, and bottom-k sketches of its stems. Compact and serialisable, so a stored report
 * is compared without its text.
 */

/** Size of the bottom-k sketches: enough to estimate overlap to ±0.1, small enough to store per source. */
export const SKETCH_SIZE = 96;

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{Lu}'’-]+$/u;
// patterns tested per word, built once here (a literal inside the loop is a new RegExp object per word)
const UPPER = /\p{Lu}/u;
const YEAR_LIKE = /^(19|20)\d\d$/;
const DIGIT = /\d/;
const NUMBER = /\d+(?:[.,]\d+)?/g;

/**
 * Proper names and numbers of the text. A capitalised word that the same text also writes in lower case is
 * an ordinary word at the start of a sentence, not a name. Years and one- or two-digit numbers (days,
 * counts) recur in unrelated reports and are left out. Chinese has no capitals: its places come from the
 * gazetteer's Han forms instead; and every script's gazetteer places add their English name's stems, so
 * «Синьцзян» meets "Xinjiang" and «Пекин» "Beijing".
 */
export function distinctiveTokens(text: string): string[] {
  const words = text.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== '');
  const lower = new Set(words.filter((w) => !UPPER.test(w[0] ?? '')).map((w) => w.toLowerCase()));
  const out = new Set<string>();
  for (const w of words) {
    if (!CAPITALISED.test(w) || lower.has(w.toLowerCase())) continue;
    for (const part of w.split(/[-'’]/)) {
      const stem = latinStem(part, 5);
      if (stem.length >= 3 && !isCommonStem(stem)) out.add(stem);
    }
  }
  for (const stem of hanPlaceStems(text)) if (!isCommonStem(stem)) out.add(stem);
  for (const stem of placeNameStems(text)) if (!isCommonStem(stem)) out.add(stem);
  for (const m of text.matchAll(NUMBER)) {
    const n = m[0].replace(',', '.').replace(/^0+(?=\d)/, '');
    if (n.replace('.', '').length >= 3 && !YEAR_LIKE.test(n)) out.add(`#${n}`);
  }
  return [...out].sort();
}

// the month-first form does not take the day with it, so "Xi Jinping 6 April" still reads "6 April"
const DAY_MONTH = /(\d{1,2})\s+(\p{L}+)|(\p{L}+)\s+(?=(\d{1,2})(?!\d))/gu;
/** Chinese month and day (4月6日). */
const HAN_DAY = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
const YEAR = /(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)/g;

/** Days of the year the text names ("5 February", "February 5", «5 февраля», 2月5日), as `MM-DD`. */
export function writtenDays(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(DAY_MONTH))
    addDay(out, monthOfWord((m[2] ?? m[3]) as string), Number(m[1] ?? m[4]));
  for (const m of text.matchAll(HAN_DAY)) addDay(out, Number(m[1]), Number(m[2]));
  return [...out].sort();
}

/** Adds `MM-DD` of a month and day that can be a date (a module-level function: not an arrow per report). */
function addDay(out: Set<string>, month: number | null, day: number): void {
  if (month && month <= 12 && day >= 1 && day <= 31)
    out.add(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** Whether a written year is one the text looks back on: neither a target or plan's span nor a year ahead. */
function lookedBackOn(text: string, start: number, end: number): boolean {
  return !isTargetYear(text, start, end) && !isAheadYear(text, end);
}

/**
 * Years of the report: its event or publication date's, else every year the text writes except targets and
 * plans' spans ("by 2030", "2021–2025"): the years it looks back on, so its event is in the latest or later.
 */
export function yearsOf(event: ExtractedEvent, published: string | null, text: string): number[] {
  const known = event.eventDate ?? published;
  if (known) return [Number(known.slice(0, 4))];
  const written = [...text.matchAll(YEAR)].filter((m) => lookedBackOn(text, m.index, m.index + m[0].length));
  return [...new Set(written.map((m) => Number(m[1])))].sort();
}

/**
 * The latest year the text looks back on as recent, for a report with no date (null: dated, or none
 * written): the written years less targets, plans' spans and starting points ("since 2012").
 */
export function recentYearOf(event: ExtractedEvent, published: string | null, text: string): number | null {
  if (event.eventDate ?? published) return null;
  let latest: number | null = null;
  for (const m of text.matchAll(YEAR)) {
    const end = m.index + m[0].length;
    if (!lookedBackOn(text, m.index, end) || isSinceYear(text, m.index, end)) continue;
    latest = Math.max(latest ?? 0, Number(m[1]));
  }
  return latest;
}

/** FNV-1a 32-bit of a string. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The k smallest distinct values, ascending: a consistent sample two sets can be compared on. */
export function bottomK(values: Iterable<number>, k: number = SKETCH_SIZE): number[] {
  return unboxed([...new Set(values)].sort((a, b) => a - b).slice(0, k));
}

const HAN = /\p{Script=Han}/u;

/**
 * Content-word stems of the text (words of 4+ letters, transliterated, first 6 letters). Chinese writes no
 * spaces and has no Latin skeleton: a run of Han characters gives its character pairs instead (every Han
 * run used to fold to one empty stem, so any two Chinese texts looked identical).
 */
export function stemHashes(text: string): number[] {
  const out: number[] = [];
  for (const w of tokenize(text)) {
    if (HAN.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) out.push(fnv(`h:${w.slice(i, i + 2)}`));
      continue;
    }
    if (w.length < 4 || DIGIT.test(w)) continue;
    const stem = latinStem(w, 6);
    if (stem !== '') out.push(fnv(stem));
  }
  return out;
}
