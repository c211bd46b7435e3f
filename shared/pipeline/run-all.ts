import type { Source } from '../domain/index.ts';
import { describeError, NotFoundError } from '../errors.ts';
import { backfill } from '../fetch/list.ts';
import { runSource } from './run-source.ts';
import { emptySummary, type PipelineDeps, type RunSummary } from './types.ts';

/** Progress of a run, for the CLI's per-source lines. */
export type Progress = (
  event: { sourceId: string; done: number; total: number } | { sourceId: string; summary: RunSummary },
) => void;

/** The enabled sources, or the one asked for (which must exist). */
export function selectSources(sources: Source[], sourceId: string | null): Source[] {
  if (!sourceId) return sources.filter((s) => s.enabled);
  const one = sources.find((s) => s.id === sourceId);
  if (!one)
    throw new NotFoundError(`unknown source "${sourceId}" (known: ${sources.map((s) => s.id).join(', ')})`);
  return [one];
}

/**
 * Runs every selected source one after the other; one failing source never stops the others. Each summary is
 * logged as JSON and returned. (In AWS each source is its own Lambda invocation, fed by the queue.)
 */
export async function runAll(
  deps: PipelineDeps,
  sourceId: string | null,
  progress?: Progress,
): Promise<RunSummary[]> {
  const summaries: RunSummary[] = [];
  for (const source of selectSources(deps.sources, sourceId)) {
    let summary: RunSummary;
    try {
      summary = await runSource(source, deps, (done, total) =>
        progress?.({ sourceId: source.id, done, total }),
      );
    } catch (err) {
      // The run itself broke (e.g. the store refused the source's state): fail this source, run the next.
      summary = { ...emptySummary(source.id), ok: false, error: describeError(err) };
    }
    deps.logger.info('source run finished', { ...summary });
    progress?.({ sourceId: source.id, summary });
    summaries.push(summary);
  }
  return summaries;
}

/** Totals over several source summaries. */
export function totals(summaries: RunSummary[]) {
  const sum = (
    k: 'fetched' | 'newArticles' | 'duplicates' | 'newEvents' | 'merged' | 'alertsQueued' | 'alertsSent',
  ) => summaries.reduce((n, s) => n + s[k], 0);
  return {
    sources: summaries.length,
    failedSources: summaries.filter((s) => !s.ok).length,
    fetched: sum('fetched'),
    newArticles: sum('newArticles'),
    duplicates: sum('duplicates'),
    newEvents: sum('newEvents'),
    merged: sum('merged'),
    alertsQueued: sum('alertsQueued'),
    alertsSent: sum('alertsSent'),
    failures: summaries.reduce((n, s) => n + s.failures.length, 0),
  };
}

/**
 * A backfill of one source: walks its archive back to `until` (Almaty midnight) instead of reading only the
 * feed, then ingests everything found exactly like a normal run (known articles are skipped).
 */
export async function runBackfillSource(
  deps: PipelineDeps,
  sourceId: string,
  until: string,
  progress?: {
    onPage?: (page: number, items: number) => void;
    onItem?: (done: number, total: number) => void;
  },
): Promise<RunSummary> {
  const [source] = selectSources(deps.sources, sourceId);
  if (!source) throw new NotFoundError(`unknown source "${sourceId}"`);
  const list = async () => ({
    items: await backfill(source, deps.http, new Date(`${until}T00:00:00+05:00`), progress?.onPage),
    notModified: false,
    etag: null,
    lastModified: null,
    pagesFetched: 0,
  });
  const summary = await runSource(source, deps, progress?.onItem, list);
  deps.logger.info('backfill finished', { ...summary, until });
  return summary;
}
