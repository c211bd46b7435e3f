import { type Source, SourceState } from '../domain/index.ts';
import { describeError, ParseError } from '../errors.ts';
import { clampDate } from '../fetch/item-checks.ts';
import { type ListedItem, type ListResult, listSource } from '../fetch/list.ts';
import { drainOutbox } from './outbox.ts';
import { processItem } from './process-item.ts';
import { relinkEvents } from './relink.ts';
import { RunBudget, runLimitsFromEnv } from './run-limits.ts';
import { judgeRun, recordFailure } from './source-health.ts';
import { emptySummary, type PipelineDeps, type RunSummary } from './types.ts';

/** A fresh state for a source that has never run. */
function initialState(sourceId: string): SourceState {
  return SourceState.parse({ sourceId }); // every other field has its default in the schema
}

/** Later of two ISO times (null-safe). */
function later(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/**
 * Items to do: the listing plus earlier per-item failures (retried on every run), minus every URL the source
 * has seen before, whatever became of it (stored, duplicate, re-post): those are never downloaded again.
 */
async function workItems(deps: PipelineDeps, sourceId: string, listed: ListedItem[]) {
  const listedUrls = new Set(listed.map((i) => i.url));
  const retries = (await deps.store.listItemFailures(sourceId))
    .filter((f) => !listedUrls.has(f.url))
    .map((f) => ({ url: f.url, title: null, published: null, guid: null, html: null }));
  const all = [...listed, ...retries];
  const seen = await deps.store.seenUrls(
    sourceId,
    all.map((i) => i.url),
  );
  const todo = all.filter((i) => !seen.has(i.url));
  return { todo, skipped: all.length - todo.length };
}

/**
 * One ingestion run of one source: list → article stage → extraction → event clustering → store → alerts for
 * newly added agreements. Bounded by the run limits (items, bytes, time): what they leave is counted and done
 * by the next run. Per-item failures are recorded and retried next run; they never abort the run.
 */
export async function runSource(
  source: Source,
  deps: PipelineDeps,
  onItem?: (done: number, total: number) => void,
  list?: (state: SourceState) => Promise<ListResult>,
): Promise<RunSummary> {
  const started = performance.now();
  const summary = emptySummary(source.id);
  const fetchedAt = (deps.now ?? (() => new Date()))();
  const at = fetchedAt.toISOString();
  const limits = deps.runLimits ?? runLimitsFromEnv();
  const budget = new RunBudget(limits);
  const runDeps: PipelineDeps = { ...deps, http: budget.wrap(deps.http) };
  const stored = (await deps.store.getSourceState(source.id)) ?? initialState(source.id);
  // A mark poisoned by a future date (before dates were clamped) would switch gap filling off for good.
  const state = { ...stored, newestItemAt: clampDate(stored.newestItemAt, fetchedAt) };
  const doList = list ?? ((s: SourceState) => listSource(source, runDeps.http, s, { now: fetchedAt }));
  let listing: ListResult;
  try {
    listing = await budget.beforeDeadline(doList(state), 'while listing', source.url);
  } catch (err) {
    summary.ok = false;
    summary.error = describeError(err);
    await recordFailure(deps, state, summary.error, at);
    summary.bytes = budget.bytes;
    summary.durationMs = Math.round(performance.now() - started);
    return summary;
  }
  summary.notModified = listing.notModified;
  summary.fetched = listing.items.length;
  const { todo, skipped } = await workItems(deps, source.id, listing.items);
  summary.skippedSeen = skipped;
  let newest = state.newestItemAt;
  let attempted = 0;
  const touched = new Set<string>();
  for (const [n, item] of todo.entries()) {
    const stop = budget.exhausted();
    if (stop) {
      summary.stoppedBy = stop;
      summary.leftover = todo.length - n;
      break;
    }
    onItem?.(n, todo.length);
    attempted++;
    const requestsBefore = budget.requests;
    try {
      const outcome = await budget.beforeDeadline(processItem(item, source, runDeps), 'on an item', item.url);
      // An item settled as a known story without a download (one GetItem) costs next to nothing: not capped.
      if (outcome.kind !== 'duplicate' || budget.requests > requestsBefore) budget.items++;
      await deps.store.clearItemFailure(source.id, item.url);
      // Remembered only now, once the item's article is stored: a run killed before this repeats the item.
      await deps.store.markUrlsSeen(source.id, [item.url]);
      if (outcome.kind === 'duplicate') {
        summary.duplicates++;
        continue;
      }
      summary.newArticles++;
      newest = later(newest, clampDate(outcome.published ?? item.published, fetchedAt));
      if (outcome.kind === 'irrelevant') {
        summary.irrelevant++;
        continue;
      }
      touched.add(outcome.eventId);
      if (outcome.created) summary.newEvents++;
      else summary.merged++;
      summary.alertsQueued += outcome.alertsQueued;
    } catch (err) {
      budget.items++;
      const reason = describeError(err);
      if (err instanceof ParseError) summary.parseFailures++;
      summary.failures.push({ url: item.url, reason });
      await deps.store.putItemFailure(source.id, item.url, reason);
    }
  }
  onItem?.(todo.length, todo.length);
  // Reports that joined an event before their own arrived move now, over this run's events only (bounded).
  // Best effort: a failed re-link leaves every report where the event stage put it, and the run stands.
  if (touched.size > 0) {
    try {
      await relinkEvents(deps, touched);
    } catch (err) {
      deps.logger?.warn('re-link failed', { source: source.id, reason: describeError(err) });
    }
  }
  // Pending alerts (this run's, and any a dead or mail-less run left) go out now.
  summary.alertsSent = (await drainOutbox(deps)).sent;
  const judged = judgeRun(
    state,
    {
      listing,
      attempted,
      parseFailures: summary.parseFailures,
      otherFailures: summary.failures.length - summary.parseFailures,
      leftover: summary.leftover,
      stoppedBy: summary.stoppedBy,
      newestItemAt: newest,
      emptyRunsToFail: limits.emptyRunsToFail,
    },
    at,
  );
  if (judged.failure) {
    summary.ok = false;
    summary.error = judged.failure;
    await recordFailure(deps, state, judged.failure, at, judged.state);
  } else await deps.store.putSourceState(judged.state);
  summary.bytes = budget.bytes;
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}
