import type { Agreement, EventKind, ExtractedEvent } from '../domain/index.ts';
import { kazakhToCyrillic } from '../extract/kk-script.ts';
import { aheadBound, capTenure } from './ahead-years.ts';
import { intern, internAll } from './compact.ts';
import { shingleHashes } from './content.ts';
import { eraOf } from './eras.ts';
import {
  bottomK,
  distinctiveTokens,
  recentYearOf,
  stemHashes,
  writtenDays,
  yearsOf,
} from './fingerprints.ts';
import { piecesOutlets } from './media.ts';
import { occasionsOf } from './occasions.ts';
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
/**
 * The article's title and text in its language's one script for the fingerprints: Kazakh written in Latin
 * letters or in the Arabic script of the Kazakhs in China, read as the Cyrillic the extractor reads it as
 * (`kazakhToCyrillic`), so that its names, stems, occasions, written days and shingles meet those of Cyrillic
 * Kazakh and Russian reports (and of the same text re-posted in another script). Other languages as written.
 */
function oneScript(meta: ReportMeta): { title: string; body: string | null | undefined; converted: boolean } {
  const title = meta.title ?? '';
  if (meta.lang !== 'kk') return { title, body: meta.text, converted: false };
  const script = kazakhToCyrillic(`${title}\n${meta.text ?? ''}`);
  if (!script.converted) return { title, body: meta.text, converted: false };
  const body = meta.text ? script.convert(meta.text) : meta.text;
  return { title: script.convert(title), body, converted: true };
}

/** Days written in either script of a converted Kazakh text (sorted, unique). */
function bothScripts(days: string[], meta: ReportMeta): string[] {
  const raw = writtenDays([meta.title ?? '', meta.text ?? ''].join('\n'));
  return [...new Set([...raw, ...days])].sort();
}

/** The report of one article's extracted event. */
export function reportOf(event: ExtractedEvent, meta: ReportMeta): Report {
  const { title, body, converted } = oneScript(meta);
  const text = [title, body ?? ''].join('\n');
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
    // a converted text's days are read in both scripts: a Latin month the transliteration folds to another
    // letter («qyrkúiek») is still read as written
    days: converted ? bothScripts(writtenDays(text), meta) : writtenDays(text),
    years: yearsOf(event, published, text),
    stems: bottomK(stemHashes(text)),
    shingles: body ? bottomK(shingleHashes(body)) : [],
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
