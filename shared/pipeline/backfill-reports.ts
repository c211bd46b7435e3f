import type { Event } from '../domain/index.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { resolveEvent } from './event-moves.ts';
import { articleReport } from './event-stage.ts';
import { extractStored } from './process-item.ts';
import { type SourceReport, withExtraction } from './source-facts.ts';
import type { PipelineDeps } from './types.ts';

/** Events per listing page while walking the store. */
const PAGE = 100;
/** How often one event is tried again when another run changed it while its reports were rebuilt. */
const TRIES = 3;

/** What a backfill did: events visited, source reports rebuilt, and sources it could not rebuild. */
export interface BackfillResult {
  visited: number;
  rebuilt: number;
  /** Sources whose stored article is gone or no longer reads as relevant: left on the event's merged facts. */
  skipped: number;
}

/** The source keys of an event whose stored report is missing or carries no extraction. */
async function missingSources(deps: Pick<PipelineDeps, 'store'>, e: Event): Promise<string[]> {
  const reports = (await deps.store.listEventReports(e.id)) as SourceReport[];
  const complete = new Set(reports.filter((r) => r.extraction !== undefined).map((r) => r.key));
  return e.sources.map((s) => s.articleId).filter((k) => !complete.has(k));
}

/**
 * Rebuilds the missing source reports of one event from its stored articles, then rewrites the event
 * unchanged at the version it was read at: a conditional write, so when another run moved or merged the
 * event meanwhile the round fails, and the event is read again (by its redirect) and done once more.
 */
async function backfillEvent(
  deps: PipelineDeps,
  id: string,
  result: BackfillResult,
  done: Set<string>,
): Promise<void> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const e = await resolveEvent(deps, id);
    if (!e) return;
    const missing = (await missingSources(deps, e)).filter((k) => !done.has(`${e.id}|${k}`));
    if (missing.length === 0) return;
    const articles = new Map((await deps.store.getArticles(missing)).map((a) => [a.id, a]));
    let wrote = 0;
    for (const key of missing) {
      const article = articles.get(key);
      // the extraction the ingest stage would make today, from the text it stored
      const extracted = article ? extractStored(article) : null;
      done.add(`${e.id}|${key}`);
      if (!article || !extracted?.relevant || !extracted.event) {
        result.skipped++;
        continue;
      }
      await deps.store.putEventReport(
        e.id,
        key,
        withExtraction(articleReport(article, extracted.event), extracted.event),
      );
      wrote++;
    }
    if (wrote === 0) return;
    try {
      await deps.store.updateEvent(e, e.version);
      result.rebuilt += wrote;
      return;
    } catch (err) {
      if (!(err instanceof ConflictError || err instanceof NotFoundError)) throw err;
      // the event changed under us: its sources may live elsewhere now, so check them all again
      for (const key of missing) done.delete(`${e.id}|${key}`);
    }
  }
}

/**
 * Backfill for events stored before per-source extractions were kept (the re-link skips those: their facts
 * cannot be recomputed when a source moves): walks every stored event through the recent-events listing (no
 * Scan) and rebuilds each missing source report, with its extraction, from the stored article's text.
 * Idempotent (a complete event is only read), safe beside ingestion (conditional event writes, see
 * `backfillEvent`). Events keep their ids and facts; only their per-source reports are added.
 */
export async function backfillSourceReports(
  deps: PipelineDeps,
  onPage?: (visited: number) => void,
): Promise<BackfillResult> {
  const result: BackfillResult = { visited: 0, rebuilt: 0, skipped: 0 };
  const done = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<PipelineDeps['store']['listRecentEvents']>> =
      await deps.store.listRecentEvents({ limit: PAGE, cursor });
    for (const e of page.items) await backfillEvent(deps, e.id, result, done);
    result.visited += page.items.length;
    onPage?.(result.visited);
    cursor = page.cursor;
  } while (cursor);
  return result;
}
