import type { Agreement, Event, ExtractedEvent, Figure, Person, SourceRef } from '../domain/index.ts';
import { mergeAgreements, sameAgreement } from './agreements.ts';
import { namesMatch } from './names.ts';
import { placeKey } from './report.ts';

/** Union of people by name (`namesMatch`); a fuller name, a missing role or country is filled from the other report. */
export function mergePeople(existing: Person[], incoming: Person[]): Person[] {
  const out = existing.map((p) => ({ ...p }));
  for (const p of incoming) {
    const known = out.find((q) => namesMatch(q.name, p.name));
    if (!known) {
      out.push({ ...p });
      continue;
    }
    if (p.name.length > known.name.length) known.name = p.name;
    known.role ??= p.role;
    known.country ??= p.country;
  }
  return out;
}

function mergeFigures(existing: Figure[], incoming: Figure[]): Figure[] {
  const out = existing.map((f) => ({ ...f }));
  for (const f of incoming) {
    const alike = out.filter((g) => g.metric === f.metric && g.value === f.value && g.unit === f.unit);
    // an unknown year is filled by the report that knows it; a different known year is another figure
    if (alike.some((g) => g.year === f.year) || (f.year === null && alike.length > 0)) continue;
    const undated = alike.find((g) => g.year === null);
    if (undated) undated.year = f.year;
    else out.push({ ...f });
  }
  return out;
}

/** Case-insensitive union keeping the first spelling. */
function mergeLabels(existing: string[], incoming: string[]): string[] {
  const seen = new Set(existing.map((s) => s.toLowerCase()));
  const out = [...existing];
  for (const s of incoming)
    if (!seen.has(s.toLowerCase())) {
      seen.add(s.toLowerCase());
      out.push(s);
    }
  return out;
}

/**
 * Countries and regions: places a report may give when another names the city (a trip "to China", talks
 * "in Xinjiang"). Folded like `placeKey`.
 */
const BROAD_PLACES = new Set([
  'kazakhstan',
  'china',
  'prc',
  'peoplesrepublicofchina',
  'xinjiang',
  'xinjianguygurautonomousregion',
  'xinjianguyghurautonomousregion',
  'hainan',
  'centralasia',
]);

/** Whether a place names a country or region rather than a venue city. */
export function isBroadPlace(place: string | null | undefined): boolean {
  const k = placeKey(place);
  return k !== null && BROAD_PLACES.has(k);
}

/**
 * The most specific of two places of one happening: a city over a country or region, any place over none;
 * between two cities the first (stored) one stays.
 */
export function specificPlace(existing: string | null, incoming: string | null): string | null {
  if (!existing) return incoming;
  if (incoming && isBroadPlace(existing) && !isBroadPlace(incoming)) return incoming;
  return existing;
}

/**
 * The kind of one happening told by two reports: the first known kind, except that talks beat a signing. A report
 * led by "X and Y signed a memorandum" reads as a signing, but when another report of the same happening tells
 * the talks, the documents were signed at a meeting (a signing ceremony is the event only when nothing else is).
 */
function mergedKind(existing: Event['kind'], incoming: Event['kind']): Event['kind'] {
  if (existing === 'other') return incoming;
  if (existing === 'agreement_signing' && incoming === 'meeting') return 'meeting';
  return existing;
}

/**
 * Merges another report of the same happening into a stored event, losing nothing: every source kept once
 * (by article id or URL), missing date filled, the most specific place kept, people, agreements (planned→signed upgrade), figures,
 * frameworks and topics unioned. A person who took part in any report is a participant, not only mentioned.
 * `id`, `title`, `summary`, timestamps and `version` are the caller's business and stay as they were.
 */
export function mergeEvents(existing: Event, incoming: ExtractedEvent, source: SourceRef): Event {
  const hasSource = existing.sources.some((s) => s.articleId === source.articleId || s.url === source.url);
  const allMentioned = mergePeople(existing.mentioned, incoming.mentioned);
  const participants = mergePeople(existing.participants, incoming.participants);
  // someone a report only mentioned, but another says took part: a participant, with the fuller details
  const both = allMentioned.filter((m) => participants.some((p) => namesMatch(p.name, m.name)));
  const enriched = mergePeople(participants, both);
  const mentioned = allMentioned.filter((m) => !both.includes(m));
  return {
    ...existing,
    kind: mergedKind(existing.kind, incoming.kind),
    eventDate: existing.eventDate ?? incoming.eventDate,
    location: specificPlace(existing.location, incoming.location),
    participants: enriched,
    mentioned,
    agreements: mergeAgreements(existing.agreements, incoming.agreements),
    figures: mergeFigures(existing.figures, incoming.figures),
    frameworks: mergeLabels(existing.frameworks, incoming.frameworks),
    topics: mergeLabels(existing.topics, incoming.topics),
    sources: hasSource ? existing.sources : [...existing.sources, source],
  };
}

/**
 * The agreements a merge added: documents `after` has that `before` had not (all of them when `before` is
 * null), and documents upgraded from planned to signed. What the alerts step notifies about. A merge keeps
 * the stored documents first, in order, so those are compared position by position (a document matched
 * across languages keeps its stored title); other pairs of events are compared by type and title.
 */
export function newAgreements(before: Event | null, after: Event): Agreement[] {
  const old = before?.agreements ?? [];
  const positional = old.every((a, i) => after.agreements[i]?.docType === a.docType);
  return after.agreements.filter((a, i) => {
    const prior = positional ? old[i] : old.find((b) => sameAgreement(a, b));
    return !prior || (prior.status === 'planned' && a.status === 'signed');
  });
}

/** Folds a whole stored event into another (two events found to be one): every source, fact and label kept. */
export function mergeStored(into: Event, other: Event): Event {
  const [first, ...rest] = other.sources;
  if (!first) return into;
  const merged = mergeEvents(into, other, first);
  const known = new Set(merged.sources.map((s) => s.articleId));
  return { ...merged, sources: [...merged.sources, ...rest.filter((s) => !known.has(s.articleId))] };
}

/**
 * The event date most reports of a cluster give (ties: the earliest), or null when none gives one. A report
 * that read a relaying agency's dateline a day late is outvoted by the others, whatever the arrival order.
 */
export function consensusDate(dates: ReadonlyArray<string | null>): string | null {
  return mostGiven(dates, (d, best) => d < best);
}

/**
 * The place key (see `placeKey`) most reports of a cluster give, or null on a tie or when none gives one: one
 * report that took a city named in passing ("will open a consulate in Guangzhou") is outvoted by the others.
 */
export function consensusPlace(places: ReadonlyArray<string | null>): string | null {
  return mostGiven(places, () => false, true);
}

/** The value given most often; `before` breaks ties, or a tie gives null when `tieIsNull`. */
function mostGiven(
  values: ReadonlyArray<string | null>,
  before: (a: string, b: string) => boolean,
  tieIsNull = false,
): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let tie = false;
  for (const [v, n] of counts) {
    const b = best === null ? 0 : (counts.get(best) ?? 0);
    if (n > b || (n === b && best !== null && before(v, best))) {
      best = v;
      tie = false;
    } else if (n === b) tie = true;
  }
  return tie && tieIsNull ? null : best;
}
