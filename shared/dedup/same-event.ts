import type { Article, Event, EventKind, ExtractedEvent } from '../domain/index.ts';
import { jaccard, shingleHashes } from './content.ts';
import { matchedPeople } from './names.ts';
import { NEAR_DUP_JACCARD } from './neardup.ts';

/** One report of a happening (or a stored event) as the clustering compares it. */
export interface EventCandidate extends ExtractedEvent {
  /** Publication dates (`YYYY-MM-DD`) of the article, or of every source of a stored event. */
  published: string[];
  lang: string | null;
  outlet: string | null;
  title: string;
  /** Stable key: the canonical URL of an article, the id of a stored event. */
  key: string;
  /** 4-word shingle hashes of the article text, when the text is at hand (near-duplicate evidence). */
  shingles: Uint32Array | null;
}

/** Article metadata a candidate needs; a stored `Article` fits. */
export type CandidateMeta = Pick<Article, 'published' | 'lang' | 'outlet' | 'title' | 'url'> & {
  text?: string;
};

/** The verdict of `sameEvent`. */
export interface SameEventVerdict {
  same: boolean;
  /** 0..1, higher is a closer match (used to pick the best of several matching events). */
  score: number;
  why: string;
  /** Set when the verdict rests on the two texts being near-duplicates. */
  nearDuplicate?: boolean;
}

/** Meetings, visits, signings and forums can all describe one in-person happening; calls and statements not. */
const FAMILY: Record<EventKind, string> = {
  meeting: 'in_person',
  visit: 'in_person',
  agreement_signing: 'in_person',
  forum: 'in_person',
  phone_call: 'call',
  statement: 'statement',
  other: 'any',
};

/** The family of a kind (`in_person`, `call`, `statement`, `any`). */
export function kindFamily(kind: EventKind): string {
  return FAMILY[kind];
}

/** Former and foreign names of one city. */
const CITY_ALIASES: Record<string, string> = {
  nursultan: 'astana',
  akmola: 'astana',
  tselinograd: 'astana',
  almaata: 'almaty',
  peking: 'beijing',
};

function cityKey(city: string | null): string | null {
  if (!city) return null;
  const k = city
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
  return k === '' ? null : (CITY_ALIASES[k] ?? k);
}

/** `YYYY-MM-DD` from a date or ISO date-time (the local date as written), else null. */
export function dayOf(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? (m[1] as string) : null;
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** A candidate from an extracted event and its article, or from a stored event (`meta` null). */
export function toCandidate(event: ExtractedEvent | Event, meta: CandidateMeta | null): EventCandidate {
  const stored = 'sources' in event ? event : null;
  const published = meta ? [dayOf(meta.published)] : (stored?.sources.map((s) => dayOf(s.published)) ?? []);
  return {
    kind: event.kind,
    eventDate: event.eventDate,
    location: event.location,
    participants: event.participants,
    mentioned: event.mentioned,
    agreements: event.agreements,
    figures: event.figures,
    frameworks: event.frameworks,
    topics: event.topics,
    published: [...new Set(published.filter((d): d is string => d !== null))].sort(),
    lang: meta?.lang ?? stored?.sources[0]?.lang ?? null,
    outlet: meta?.outlet ?? stored?.sources[0]?.outlet ?? null,
    title: meta?.title ?? stored?.title ?? '',
    key: meta?.url ?? stored?.id ?? '',
    shingles: meta?.text ? shingleHashes(meta.text) : null,
  };
}

/** Days between the two reports: exact event dates (±1 allowed), else publication dates (±2). */
function dateGap(a: EventCandidate, b: EventCandidate): { gap: number | null; exact: boolean } {
  if (a.eventDate && b.eventDate)
    return { gap: Math.abs(dayNumber(a.eventDate) - dayNumber(b.eventDate)), exact: true };
  const da = a.eventDate ? [a.eventDate] : a.published;
  const db = b.eventDate ? [b.eventDate] : b.published;
  let gap: number | null = null;
  for (const x of da)
    for (const y of db) {
      const g = Math.abs(dayNumber(x) - dayNumber(y));
      if (gap === null || g < gap) gap = g;
    }
  return { gap, exact: false };
}

const no = (why: string): SameEventVerdict => ({ same: false, score: 0, why });
const names = (c: EventCandidate): string[] => c.participants.map((p) => p.name);
/** A near-duplicate text published this many days later is still a re-post of the same report. */
const REPOST_DAYS = 7;

/**
 * When one report names no participant (the extractor found none), other facts must agree: the same
 * place, dates at most a day apart, a shared figure value, and a shared document type or the same kind.
 * A shared figure alone is not enough: background trade figures recur in unrelated reports.
 */
function withoutPeople(
  a: EventCandidate,
  b: EventCandidate,
  gap: number,
  samePlace: boolean,
): SameEventVerdict {
  if (!samePlace || gap > 1) return no('no participants to compare');
  const figure = a.figures.some((f) => b.figures.some((g) => g.value === f.value && g.unit === f.unit));
  const doc = a.agreements.some((x) => b.agreements.some((y) => y.docType === x.docType));
  const points = Number(figure) + Number(doc) + Number(a.kind === b.kind);
  if (!figure || points < 2) return no('no participants to compare, too little else in common');
  return { same: true, score: 0.3 + 0.1 * points, why: 'same place and day, shared figures/documents' };
}

/**
 * Whether two reports describe the same real-world happening: compatible kinds, dates within ±1 day (event
 * dates) or ±2 days (publication dates of undated reports), compatible places, and the same people — at least
 * two shared participants, or every participant of the shorter list shared. One shared minister with a
 * different counterpart is a different event, however many sentences the articles share. Near-duplicate
 * texts (a re-post, an undated copy) are the same event unless their people, event dates or publication
 * dates (over a week apart: a recycled template) say otherwise.
 */
export function sameEvent(a: EventCandidate, b: EventCandidate): SameEventVerdict {
  const fa = kindFamily(a.kind);
  const fb = kindFamily(b.kind);
  const kindsOk = fa === fb || fa === 'any' || fb === 'any';
  const { gap, exact } = dateGap(a, b);
  if (exact && gap !== null && gap > 1) return no(`event dates ${gap} days apart`);

  const na = a.participants.length;
  const nb = b.participants.length;
  const matched = na && nb ? matchedPeople(names(a), names(b)) : 0;
  const coverage = na && nb ? matched / Math.min(na, nb) : 0;
  // one shared minister with a different counterpart on each side: never one happening
  const conflict = na > 0 && nb > 0 && (matched === 0 || (matched < 2 && coverage < 1));

  if (a.shingles && b.shingles && jaccard(a.shingles, b.shingles) >= NEAR_DUP_JACCARD) {
    // a re-post of one text (an undated one too): same event unless its people or dates say otherwise
    if (!conflict && (gap === null || exact || gap <= REPOST_DAYS))
      return { same: true, score: 0.95, why: 'near-duplicate texts', nearDuplicate: true };
  }
  if (!kindsOk) return no(`kinds ${a.kind} and ${b.kind} cannot be one happening`);
  if (gap === null) return no('no date to compare');
  if (!exact && gap > 2) return no(`published ${gap} days apart`);

  const pa = cityKey(a.location);
  const pb = cityKey(b.location);
  const samePlace = pa !== null && pa === pb;
  if (na === 0 || nb === 0) return withoutPeople(a, b, gap, samePlace);
  if (matched === 0) return no('no shared participant');
  if (conflict) return no('different counterpart');
  // one shared person and extra people on one side: only on the very same day
  if (matched === 1 && Math.max(na, nb) > 1 && gap > (exact ? 0 : 1))
    return no('one shared person, dates differ');
  if (pa && pb && !samePlace && !(matched >= 2 && exact && gap === 0))
    return no(`places ${pa} and ${pb} differ`);

  const score =
    0.45 * coverage +
    0.15 * (Math.min(matched, 3) / 3) +
    0.2 * (1 - gap / 3) +
    0.1 * (a.kind === b.kind ? 1 : 0) +
    0.1 * (samePlace ? 1 : 0);
  return {
    same: true,
    score: Math.round(score * 1000) / 1000,
    why: `${matched} shared participant(s), ${exact ? 'event' : 'published'} dates ${gap} day(s) apart`,
  };
}
