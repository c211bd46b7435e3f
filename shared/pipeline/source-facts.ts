import {
  consensusDate,
  consensusPlace,
  eventIdFor,
  mergeEvents,
  placeKey,
  type Report,
} from '../dedup/index.ts';
import type { Event, ExtractedEvent } from '../domain/index.ts';

/**
 * What is stored beside an event per source: its clustering report plus that source's own extraction. A
 * stored event keeps only merged facts; with each source's extraction kept, the facts of an event can be
 * recomputed from the sources it still has after one of them moved to another event.
 */
export type SourceReport = Report & { extraction?: ExtractedEvent };

/** Drops the `evidence` sentences of list items: the merged event keeps them, recomputing does not need them. */
function bare<T extends { evidence?: string }>(items: readonly T[]): T[] {
  return items.map(({ evidence: _e, ...rest }) => rest as T);
}

/**
 * A compact copy of one source's extraction for its stored report (no evidence sentences: the stored event
 * keeps those, and a report item should stay a few kilobytes however long the text was).
 */
export function compactExtraction(e: ExtractedEvent): ExtractedEvent {
  const { evidence: _evidence, ...facts } = e;
  return {
    ...facts,
    participants: bare(e.participants),
    mentioned: bare(e.mentioned),
    agreements: bare(e.agreements),
    figures: bare(e.figures),
  };
}

/** The report with its source's extraction attached (what the event stage stores). */
export function withExtraction(report: Report, e: ExtractedEvent): SourceReport {
  return { ...report, extraction: compactExtraction(e) };
}

/** Whether each of an event's sources has its stored report with an extraction (facts can be recomputed). */
export function recomputable(e: Event, reports: readonly SourceReport[]): boolean {
  const keyed = new Map(reports.map((r) => [r.key, r]));
  return e.sources.every((s) => keyed.get(s.articleId)?.extraction !== undefined);
}

/**
 * The event `base` rebuilt from the sources in `reports` only (each with its extraction): facts merged
 * source by source in key order (the same result whatever order they arrived in), the date and place most
 * of them give, the id from the cluster's canonical key. Title, summary and creation time stay the base's.
 * Sources not in `base.sources` take their reference from `refs`.
 */
export function eventFromSources(
  base: Event,
  reports: readonly SourceReport[],
  refs: readonly Event['sources'][number][],
  now: string,
): Event {
  const sorted = [...reports].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const empty: Event = {
    ...base,
    kind: 'other',
    eventDate: null,
    location: null,
    participants: [],
    mentioned: [],
    agreements: [],
    figures: [],
    frameworks: [],
    topics: [],
    sources: [],
    agreementCount: null,
  };
  let out = empty;
  for (const r of sorted) {
    const ref = [...base.sources, ...refs].find((s) => s.articleId === r.key);
    if (!ref || !r.extraction) continue;
    out = mergeEvents(out, r.extraction, ref);
  }
  const eventDate = consensusDate(sorted.map((r) => r.eventDate)) ?? out.eventDate;
  const place = consensusPlace(sorted.map((r) => r.place));
  // the place name as one of its sources wrote it, when most sources agree on that place
  const named = place ? sorted.find((r) => placeKey(r.extraction?.location) === place) : undefined;
  const location = named?.extraction?.location ?? out.location;
  return {
    ...out,
    id: eventIdFor(sorted.map((r) => r.key)),
    evidence: base.evidence,
    eventDate,
    location,
    updatedAt: now,
  };
}
