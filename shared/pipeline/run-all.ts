import type { Source } from '../domain/index.ts';
import { describeError, NotFoundError } from '../errors.ts';
import { backfill } from '../fetch/list.ts';
import { runLimitsFromEnv, uncapped } from './run-limits.ts';
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

/** The host a source is fetched from: sources sharing one run in the same lane. */
function hostOf(source: Source): string {
  try {
    return new URL(source.url).host;
  } catch {
    return source.id;
  }
}

/** Runs one source; a run that itself breaks (e.g. the store refused its state) fails only that source. */
async function runOne(deps: PipelineDeps, source: Source, progress?: Progress): Promise<RunSummary> {
  let summary: RunSummary;
  try {
    summary = await runSource(source, deps, (done, total) =>
      progress?.({ sourceId: source.id, done, total }),
    );
  } catch (err) {
    summary = { ...emptySummary(source.id), ok: false, error: describeError(err) };
  }
  deps.logger.info('source run finished', { ...summary });
  progress?.({ sourceId: source.id, summary });
  return summary;
}

/**
 * Runs every selected source; one failing source never stops the others. Sources on different hosts run
 * in parallel (at most `parallelHosts` lanes), so a trickling feed no longer delays every other; sources on
 * one host share a lane, and the HTTP client keeps its per-host politeness either way. Each run has its own
 * time budget. Summaries are logged as JSON and returned in the order of the sources. (In AWS each source
 * is its own Lambda invocation, fed by the queue.)
 */
export async function runAll(
  deps: PipelineDeps,
  sourceId: string | null,
  progress?: Progress,
): Promise<RunSummary[]> {
  const selected = selectSources(deps.sources, sourceId);
  const lanes = new Map<string, Source[]>();
  for (const s of selected) lanes.set(hostOf(s), [...(lanes.get(hostOf(s)) ?? []), s]);
  const queue = [...lanes.values()];
  const results = new Map<string, RunSummary>();
  const width = Math.min(queue.length, (deps.runLimits ?? runLimitsFromEnv()).parallelHosts);
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let lane = queue.shift(); lane; lane = queue.shift())
        for (const source of lane) results.set(source.id, await runOne(deps, source, progress));
    }),
  );
  return selected.map((s) => results.get(s.id) ?? { ...emptySummary(s.id), ok: false, error: 'not run' });
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
 * feed, then ingests everything found exactly like a normal run (known articles are skipped), without the
 * per-run caps of scheduled runs: an operator asked for it, and seen URLs make an interrupted one resumable.
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
  const backfillDeps = { ...deps, runLimits: uncapped(deps.runLimits ?? runLimitsFromEnv()) };
  const summary = await runSource(source, backfillDeps, progress?.onItem, list);
  deps.logger.info('backfill finished', { ...summary, until });
  return summary;
}
