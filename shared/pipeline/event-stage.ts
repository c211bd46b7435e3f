import {
  consensusDate,
  consensusPlace,
  EventClusterer,
  eventIdFor,
  mergeEvents,
  mergeStored,
  newAgreements,
  placeKey,
  type Report,
  reportOf,
} from '../dedup/index.ts';
import type { Agreement, Article, Event, ExtractedEvent, SourceRef } from '../domain/index.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { StoreClusterPort, type StoredCluster } from './cluster-port.ts';
import { absorbEvent } from './event-moves.ts';
import { withExtraction } from './source-facts.ts';
import type { PipelineDeps } from './types.ts';

/** How often placing is retried when another run changed the same events first. */
const MERGE_ATTEMPTS = 4;

/** The one clusterer (same model as the `cluster` command). */
const clusterer = new EventClusterer();

/** What the event stage did with one relevant article. */
export interface EventOutcome {
  event: Event;
  created: boolean;
  /** Agreements this article added to the event (what alerts are about). */
  added: Agreement[];
}

/** The article as an event source. */
export function sourceRef(a: Article): SourceRef {
  return {
    articleId: a.id,
    url: a.url,
    outlet: a.outlet,
    title: a.title,
    published: a.published,
    lang: a.lang,
  };
}

/** First paragraph of the text, cut at a word near 300 characters. */
function summaryOf(text: string): string {
  const first = text.split(/\n\s*\n/)[0]?.trim() ?? '';
  return first.length <= 300 ? first : `${first.slice(0, 300).replace(/\s+\S*$/, '')}…`;
}

/** The clustering report of an article (its key is the stored article id, as in the CLI). */
export function articleReport(article: Article, extracted: ExtractedEvent): Report {
  return reportOf(extracted, {
    key: article.id,
    published: article.published,
    lang: article.lang,
    title: article.title,
    text: article.text,
  });
}

/** The event after the article joins: stored events folded together, the article merged, the date agreed. */
function mergedEvent(
  stored: Event[],
  article: Article,
  extracted: ExtractedEvent,
  members: Report[],
  now: string,
): { before: Event | null; after: Event } {
  const [first, ...rest] = stored;
  const before = first ? rest.reduce(mergeStored, first) : null;
  const base: Event = before ?? {
    ...extracted,
    id: 'ev_0',
    title: article.title,
    summary: summaryOf(article.text),
    sources: [],
    createdAt: now,
    updatedAt: now,
    version: 0,
  };
  const after = mergeEvents(base, extracted, sourceRef(article));
  const eventDate = consensusDate(members.map((r) => r.eventDate)) ?? after.eventDate;
  // The place most reports give; the one this report gives only when it is that place (names are kept as shown).
  const place = consensusPlace(members.map((r) => r.place));
  const location = place && placeKey(extracted.location) === place ? extracted.location : after.location;
  return {
    before,
    after: { ...after, id: eventIdFor(members.map((r) => r.key)), eventDate, location, updatedAt: now },
  };
}

/**
 * Event stage: places the article's report with the one `EventClusterer` among stored events near its date
 * (read through `StoreClusterPort`), then joins that event, folds in any other event the report shows to be
 * the same happening, or creates a new one. The event id comes from the cluster's canonical key, so it does
 * not depend on arrival order; an event whose id changes leaves a redirect and hands its pending alerts over.
 * Optimistic concurrency makes concurrent runs safe; re-running an article changes nothing.
 */
export async function clusterEvent(
  deps: PipelineDeps,
  article: Article,
  extracted: ExtractedEvent,
  beforeWrite: (event: Event, added: Agreement[]) => Promise<unknown> = async () => undefined,
): Promise<EventOutcome> {
  const now = (deps.now ?? (() => new Date()))().toISOString();
  // the source's own extraction rides with its report, so a later re-link can recompute the event's facts
  const report = withExtraction(articleReport(article, extracted), extracted);
  const port = new StoreClusterPort(deps);
  for (let attempt = 0; attempt < MERGE_ATTEMPTS; attempt++) {
    const placement = await clusterer.place(report, port);
    const stored = [placement.target, ...placement.absorbed].filter((c): c is StoredCluster => c !== null);
    const members = [...stored.flatMap((c) => c.reports).filter((r) => r.key !== report.key), report];
    const { before, after } = mergedEvent(
      stored.map((c) => c.event),
      article,
      extracted,
      members,
      now,
    );
    const added = newAgreements(before, after);
    const target = stored.find((c) => c.id === after.id);
    try {
      if (target) {
        await beforeWrite(after, added);
        await deps.store.updateEvent(after, target.event.version);
      } else {
        await beforeWrite(after, added);
        if (!(await deps.store.createEvent({ ...after, version: 0 }))) continue; // another run created it: re-read
      }
    } catch (err) {
      // another run changed the target first, or folded it into another event: re-read and place again
      if (err instanceof ConflictError || err instanceof NotFoundError) continue;
      throw err;
    }
    for (const r of target ? [report] : members) await deps.store.putEventReport(after.id, r.key, r);
    let written: Event = { ...after, version: target ? target.event.version + 1 : 0 };
    for (const c of stored) if (c.id !== after.id) written = await absorbEvent(deps, c.event, written, now);
    return { event: written, created: stored.length === 0, added };
  }
  throw new ConflictError(`event for ${article.url} kept changing under concurrent runs`);
}
