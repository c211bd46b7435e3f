import type { ClusterPort, ClusterView, Report } from '../dedup/index.ts';
import { placeKey } from '../dedup/index.ts';
import { dayOf } from '../dedup/report.ts';
import type { Event } from '../domain/index.ts';
import { shiftDate } from './days.ts';
import type { PipelineDeps } from './types.ts';

/** How far (days) from a report's dates a stored event may lie and still be a candidate (as in the CLI). */
const WINDOW_DAYS = 3;
/** How many recent undated events an article is compared with. */
const UNDATED_LIMIT = 100;
/**
 * How many of the newest events a report with no date at all is compared with: it arrives now, so it most
 * likely tells of something recent (feeds date their items, so this is rare and bounded).
 */
const RECENT_LIMIT = 200;
/** How many of the years an undated text names are searched (the latest ones). */
const YEARS_LIMIT = 2;

/** How many events' reports are kept per store (a few days' worth of candidates). */
const CACHE_EVENTS = 5_000;

/**
 * Reports of stored events already read, per store and event id, with the event version they were read at:
 * consecutive articles of one run meet the same candidate events, and a version only changes when the event
 * does. Only complete sets are kept (a report per source), so a report still being written is never missed.
 */
const cache = new WeakMap<object, Map<string, { version: number; reports: Report[] }>>();

/** Whether reports are one per source of the event, no more, no fewer. */
function sameSources(reports: readonly Report[], e: Event): boolean {
  if (reports.length !== e.sources.length) return false;
  const keys = new Set(reports.map((r) => r.key));
  return e.sources.every((s) => keys.has(s.articleId));
}

/** A stored event as a cluster: its id, the event, and its sources' reports. */
export interface StoredCluster extends ClusterView {
  event: Event;
}

/**
 * Reports of an event stored before reports were kept: one per source, from the merged facts (no text
 * fingerprints), so older events still take part, on the evidence they have.
 */
function reportsFromEvent(e: Event): Report[] {
  return e.sources.map((s) => ({
    key: s.articleId,
    kind: e.kind,
    eventDate: e.eventDate,
    published: dayOf(s.published),
    place: placeKey(e.location),
    lang: s.lang,
    people: e.participants.map((p) => ({ name: p.name, country: p.country })),
    figures: e.figures.map((f) => `${f.metric}|${f.value}|${f.unit}`),
    agreements: e.agreements.map((a) => ({ docType: a.docType, title: a.title })),
    names: [],
    personStems: [],
    days: [],
    years: [],
    stems: [],
    shingles: [],
  }));
}

/**
 * The clusterer's port onto the store: events whose date lies within a few days of the report's event or
 * publication date, plus recent undated events, each with its sources' stored reports. Queries only (no Scan).
 */
export class StoreClusterPort implements ClusterPort {
  constructor(private readonly deps: PipelineDeps) {}

  /** The cluster view of one stored event. */
  async view(e: Event): Promise<StoredCluster> {
    const stored = await this.storedReports(e);
    const keys = new Set(stored.map((r) => r.key));
    // sources whose report is missing (older events) still count, on the event's merged facts
    const missing = reportsFromEvent(e).filter((r) => !keys.has(r.key));
    return {
      id: e.id,
      event: e,
      reports: [...stored.filter((r) => e.sources.some((s) => s.articleId === r.key)), ...missing],
    };
  }

  /** The stored reports of an event, from the cache when the event has not changed since. */
  private async storedReports(e: Event): Promise<Report[]> {
    let events = cache.get(this.deps.store);
    if (!events) {
      events = new Map();
      cache.set(this.deps.store, events);
    }
    const known = events.get(e.id);
    // the version and the sources both: an id that was retired and later created afresh starts again at 0
    if (known && known.version === e.version && sameSources(known.reports, e)) return known.reports;
    const stored = (await this.deps.store.listEventReports(e.id)) as Report[];
    if (sameSources(stored, e)) {
      events.delete(e.id);
      if (events.size >= CACHE_EVENTS) events.delete(events.keys().next().value as string);
      events.set(e.id, { version: e.version, reports: stored });
    }
    return stored;
  }

  async candidates(report: Report): Promise<StoredCluster[]> {
    const found = new Map<string, Event>();
    const days = [...new Set([report.eventDate, report.published].filter((d): d is string => d !== null))];
    for (const day of days)
      for (const e of await this.deps.store.listEventsByDateRange(
        shiftDate(day, -WINDOW_DAYS),
        shiftDate(day, WINDOW_DAYS),
      ))
        found.set(e.id, e);
    for (const e of await this.deps.store.listUndatedEvents(UNDATED_LIMIT)) found.set(e.id, e);
    // a report with no date at all (rare: feeds date their items) is compared with the years its text names
    if (days.length === 0) {
      for (const y of report.years.slice(-YEARS_LIMIT))
        for (const e of await this.deps.store.listEventsByDateRange(`${y}-01-01`, `${y}-12-31`))
          found.set(e.id, e);
      for (const e of (await this.deps.store.listRecentEvents({ limit: RECENT_LIMIT })).items)
        found.set(e.id, e);
    }
    const out: StoredCluster[] = [];
    for (const e of [...found.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) out.push(await this.view(e));
    return out;
  }
}
