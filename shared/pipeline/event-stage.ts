import { createHash } from 'node:crypto';
import { mergeEvents, newAgreements, sameEvent, toCandidate } from '../dedup/index.ts';
import type { Agreement, Article, Event, ExtractedEvent, SourceRef } from '../domain/index.ts';
import { ConflictError } from '../errors.ts';
import { shiftDate } from './days.ts';
import type { PipelineDeps } from './types.ts';

/** How far apart (days) an incoming event's date may be from a stored one and still be a candidate. */
const WINDOW_DAYS = 3;
/** How often a merge is retried when another run updated the same event first. */
const MERGE_ATTEMPTS = 4;

/** What the event stage did with one relevant article. */
export interface EventOutcome {
  event: Event;
  created: boolean;
  /** Agreements this article added to the event (what alerts are about). */
  added: Agreement[];
}

/** A stable event id for an event first reported by this article: re-running ingestion gives the same id. */
export function newEventId(articleId: string): string {
  return `ev_${createHash('sha256').update(articleId).digest('hex').slice(0, 20)}`;
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

/** Stored events the incoming one may be the same happening as (date window, else recent undated + by published). */
async function candidates(deps: PipelineDeps, extracted: ExtractedEvent, article: Article): Promise<Event[]> {
  const anchor = extracted.eventDate ?? article.published?.slice(0, 10) ?? null;
  const found = new Map<string, Event>();
  if (anchor) {
    for (const e of await deps.store.listEventsByDateRange(
      shiftDate(anchor, -WINDOW_DAYS),
      shiftDate(anchor, WINDOW_DAYS),
    ))
      found.set(e.id, e);
  }
  if (!extracted.eventDate) for (const e of await deps.store.listUndatedEvents(100)) found.set(e.id, e);
  return [...found.values()];
}

/**
 * Event stage: joins the article's event to a stored event describing the same happening (merge keeps every
 * source and fills missing fields) or creates a new one. Optimistic concurrency makes concurrent runs safe.
 */
export async function clusterEvent(
  deps: PipelineDeps,
  article: Article,
  extracted: ExtractedEvent,
  beforeWrite: (event: Event, added: Agreement[]) => Promise<unknown> = async () => undefined,
): Promise<EventOutcome> {
  const now = (deps.now ?? (() => new Date()))().toISOString();
  const source = sourceRef(article);
  for (let attempt = 0; attempt < MERGE_ATTEMPTS; attempt++) {
    const incoming = toCandidate(extracted, article);
    const best = (await candidates(deps, extracted, article))
      .map((e) => ({ e, verdict: sameEvent(incoming, toCandidate(e, null)) }))
      .filter((c) => c.verdict.same)
      .sort((a, b) => b.verdict.score - a.verdict.score || a.e.id.localeCompare(b.e.id))[0];
    if (best) {
      const merged = { ...mergeEvents(best.e, extracted, source), updatedAt: now };
      const added = newAgreements(best.e, merged);
      await beforeWrite(merged, added);
      try {
        await deps.store.updateEvent(merged, best.e.version);
        return { event: { ...merged, version: best.e.version + 1 }, created: false, added };
      } catch (err) {
        if (err instanceof ConflictError) continue; // another run merged first: re-read and merge again
        throw err;
      }
    }
    const event: Event = {
      ...extracted,
      id: newEventId(article.id),
      title: article.title,
      summary: summaryOf(article.text),
      sources: [source],
      createdAt: now,
      updatedAt: now,
      version: 0,
    };
    await beforeWrite(event, event.agreements);
    if (await deps.store.createEvent(event)) return { event, created: true, added: event.agreements };
    const existing = await deps.store.getEvent(event.id);
    if (existing) return { event: existing, created: false, added: [] };
  }
  throw new ConflictError(`event for ${article.url} kept changing under concurrent runs`);
}
