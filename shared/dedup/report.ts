import type { Agreement, EventKind, ExtractedEvent } from '../domain/index.ts';
import { aheadBound, capTenure, isAheadYear } from './ahead-years.ts';
import { intern, internAll, unboxed } from './compact.ts';
import { shingleHashes, tokenize } from './content.ts';
import { eraOf } from './eras.ts';
import { isCommonStem, isTargetYear, monthOfWord } from './lexicon.ts';
import { piecesOutlets } from './media.ts';
import { hanPlaceStems, occasionsOf } from './occasions.ts';
import { isSinceYear } from './since-years.ts';
import { latinStem } from './stems.ts';
import { feasibleYears, type Tenure, tenureOf } from './tenure.ts';
import { weekdayMask } from './weekdays.ts';

/**
 * What the clusterer keeps of one report: the extracted facts and compact, serialisable fingerprints of its
 * text. A stored event keeps one per source, so a report arriving later is compared with exactly the
 * evidence the CLI would use (nothing here needs the text itself again).
 */
export interface Report {
  /** Stable, order-independent key of the article (its id, or canonical URL). */
  key: string;
  kind: EventKind;
  /**
   * Whether the kind was read from a sentence (false: a default, no sentence said what happened). Absent in
   * reports stored before it existed: then taken as read.
   */
  kindSure?: boolean;
  eventDate: string | null;
  /**
   * Whether the event date was read from the text (false: the publication day as a fallback, so the event
   * may be a day or two earlier). Absent in reports stored before it existed: then guessed from the dates.
   */
  dateInText?: boolean;
  /** Publication day `YYYY-MM-DD`, or null. */
  published: string | null;
  /** Venue city key (folded aliases), or null. */
  place: string | null;
  lang: string;
  people: Array<{ name: string; country: string | null }>;
  /** `metric|value|unit` of each figure. */
  figures: string[];
  agreements: Array<Pick<Agreement, 'docType' | 'title'>>;
  /** Distinctive tokens: proper names and numbers, transliterated to one Latin skeleton, sorted, unique. */
  names: string[];
  /** Name stems of the report's participants and mentioned people (left out of `names` when comparing). */
  personStems: string[];
  /** Days written in the text (`MM-DD`: "on 5 February", «5 февраля»), sorted, unique. */
  days: string[];
  /** The report's years: of its event or publication date, else those written in the text. */
  years: number[];
  /** Bottom-k sketch of content-word stems (same-language topical similarity). */
  stems: number[];
  /** Bottom-k sketch of 4-word shingles (re-posts and shared passages). */
  shingles: number[];
  /**
   * Occasions the text names (`occasionsOf`: condolence, award, article…), sorted: content that meets across
   * languages. Absent in reports stored before it existed (then unknown, not "none").
   */
  occasions?: string[];
  /**
   * The latest year an undated report's text looks back on as recent (not a target, a plan's span or a
   * starting point like "since 2012"); null when dated or none. Absent in reports stored before it existed.
   */
  recentYear?: number | null;
  /**
   * The years the event can lie in (`feasibleYears`): the participants' terms of office, with slack, and the
   * era of the names its text uses; null when the report is dated or none is known. Absent in reports stored
   * before it existed.
   */
  tenure?: Tenure | null;
  /**
   * The weekdays an undated report writes (`weekdayMask`: bit 0 Monday … bit 6 Sunday); absent when dated or
   * none written.
   */
  weekdays?: number;
  /** Outlets a statement names as its interviewer or publisher (`piecesOutlets`); absent for other kinds. */
  outlets?: string[];
}

/** Facts about the article a report needs besides its extraction. */
export interface ReportMeta {
  key: string;
  published: string | null | undefined;
  lang: string | null | undefined;
  title?: string | null;
  text?: string | null;
}

/** Size of the bottom-k sketches: enough to estimate overlap to ±0.1, small enough to store per source. */
export const SKETCH_SIZE = 96;

const CITY_ALIASES: Record<string, string> = {
  nursultan: 'astana',
  akmola: 'astana',
  tselinograd: 'astana',
  almaata: 'almaty',
  peking: 'beijing',
};

/** Keys of the city names seen so far: a few hundred names recur in every report (bounded, cleared when full). */
const placeMemo = new Map<string, string | null>();

/** A city name folded to one key (accents, case, punctuation and former names ignored). */
export function placeKey(city: string | null | undefined): string | null {
  if (!city) return null;
  const known = placeMemo.get(city);
  if (known !== undefined) return known;
  const k = city
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
  const key = k === '' ? null : (CITY_ALIASES[k] ?? k);
  if (placeMemo.size >= 2_000) placeMemo.clear();
  placeMemo.set(intern(city), key); // a detached copy: the name may be a slice of a whole article
  return key;
}

/** `YYYY-MM-DD` from a date or ISO date-time (the local date as written), else null. */
export function dayOf(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? (m[1] as string) : null;
}

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
 * gazetteer's Han forms instead.
 */
function distinctiveTokens(text: string): string[] {
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
function writtenDays(text: string): string[] {
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
function yearsOf(event: ExtractedEvent, published: string | null, text: string): number[] {
  const known = event.eventDate ?? published;
  if (known) return [Number(known.slice(0, 4))];
  const written = [...text.matchAll(YEAR)].filter((m) => lookedBackOn(text, m.index, m.index + m[0].length));
  return [...new Set(written.map((m) => Number(m[1])))].sort();
}

/**
 * The latest year the text looks back on as recent, for a report with no date (null: dated, or none
 * written): the written years less targets, plans' spans and starting points ("since 2012").
 */
function recentYearOf(event: ExtractedEvent, published: string | null, text: string): number | null {
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
function stemHashes(text: string): number[] {
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

/** The report of one article's extracted event. */
export function reportOf(event: ExtractedEvent, meta: ReportMeta): Report {
  const text = [meta.title ?? '', meta.text ?? ''].join('\n');
  const published = dayOf(meta.published);
  const people = [...event.participants, ...event.mentioned];
  return {
    key: meta.key,
    kind: event.kind,
    kindSure: event.evidence ? event.evidence.kind !== null : true,
    eventDate: event.eventDate,
    // without evidence (an extraction from elsewhere), a date other than the publication day was read
    dateInText:
      event.eventDate !== null &&
      (event.evidence ? event.evidence.eventDate !== null : event.eventDate !== published),
    published,
    place: placeKey(event.location),
    lang: meta.lang ?? 'other',
    people: event.participants.map((p) => ({ name: p.name, country: p.country })),
    figures: internAll([...new Set(event.figures.map((f) => `${f.metric}|${f.value}|${f.unit}`))]),
    agreements: event.agreements.map((a) => ({ docType: a.docType, title: a.title })),
    names: internAll(distinctiveTokens(text)),
    personStems: internAll(
      [...new Set(people.flatMap((p) => p.name.split(/[^\p{L}]+/u).map((w) => latinStem(w, 5))))]
        .filter((s) => s.length >= 3)
        .sort(),
    ),
    days: writtenDays(text),
    years: yearsOf(event, published, text),
    stems: bottomK(stemHashes(text)),
    shingles: meta.text ? bottomK(shingleHashes(meta.text)) : [],
    occasions: occasionsOf(text),
    recentYear: recentYearOf(event, published, text),
    // only a report with no date at all is placed in years by its offices and era words (`datesFit`,
    // `resolvedWindow`): reading them on every dated report was most of the time spent building reports
    // …and capped at a year the text still looks forward to (`aheadBound`)
    tenure:
      event.eventDate || published
        ? null
        : capTenure(feasibleYears(tenureOf(event.participants), eraOf(text)), aheadBound(text)),
    weekdays: event.eventDate || published ? undefined : weekdayMask(text) || undefined,
    outlets: event.kind === 'statement' ? internAll(piecesOutlets(text)) : undefined,
  };
}
