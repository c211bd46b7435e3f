import { sendOperatorAlert } from '../alerts/index.ts';
import { type Source, SourceState } from '../domain/index.ts';
import { describeError } from '../errors.ts';
import { type ListedItem, type ListResult, listSource } from '../fetch/list.ts';
import { drainOutbox } from './outbox.ts';
import { processItem } from './process-item.ts';
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

/** Records a source-level failure, and alerts the operator once per outage past the threshold. */
async function recordFailure(
  deps: PipelineDeps,
  state: SourceState,
  error: string,
  at: string,
): Promise<void> {
  const failures = state.consecutiveFailures + 1;
  const next: SourceState = { ...state, lastAttemptAt: at, consecutiveFailures: failures, lastError: error };
  if (failures >= deps.failureAlertThreshold && !state.outageAlertedAt && deps.mailer && deps.operatorEmail) {
    try {
      await sendOperatorAlert(
        { mailer: deps.mailer },
        deps.operatorEmail,
        `Source ${state.sourceId} has failed ${failures} runs in a row`,
        `Source ${state.sourceId} failed ${failures} consecutive runs.\nLast error: ${error}\nLast success: ${state.lastSuccessAt ?? 'never'}`,
      );
      next.outageAlertedAt = at;
    } catch (err) {
      deps.logger.error('operator alert failed', { sourceId: state.sourceId, error: describeError(err) });
    }
  }
  await deps.store.putSourceState(next);
}

/** Items to process: the listing plus earlier per-item failures, which are retried on every run. */
async function workItems(deps: PipelineDeps, sourceId: string, listed: ListedItem[]): Promise<ListedItem[]> {
  const seen = new Set(listed.map((i) => i.url));
  const retries = (await deps.store.listItemFailures(sourceId))
    .filter((f) => !seen.has(f.url))
    .map((f) => ({ url: f.url, title: null, published: null, guid: null, html: null }));
  return [...listed, ...retries];
}

/**
 * One ingestion run of one source: list → article stage → extraction → event clustering → store → alerts for
 * newly added agreements. Per-item failures are recorded and retried next run; they never abort the run.
 */
export async function runSource(
  source: Source,
  deps: PipelineDeps,
  onItem?: (done: number, total: number) => void,
  list: (state: SourceState) => Promise<ListResult> = (state) => listSource(source, deps.http, state),
): Promise<RunSummary> {
  const started = performance.now();
  const summary = emptySummary(source.id);
  const at = (deps.now ?? (() => new Date()))().toISOString();
  const state = (await deps.store.getSourceState(source.id)) ?? initialState(source.id);
  let listing: ListResult;
  try {
    listing = await list(state);
  } catch (err) {
    summary.ok = false;
    summary.error = describeError(err);
    await recordFailure(deps, state, summary.error, at);
    summary.durationMs = Math.round(performance.now() - started);
    return summary;
  }
  summary.notModified = listing.notModified;
  const items = await workItems(deps, source.id, listing.items);
  summary.fetched = listing.items.length;
  let newest = state.newestItemAt;
  for (const [n, item] of items.entries()) {
    onItem?.(n, items.length);
    try {
      const outcome = await processItem(item, source, deps);
      await deps.store.clearItemFailure(source.id, item.url);
      if (outcome.kind === 'duplicate') {
        summary.duplicates++;
        continue;
      }
      summary.newArticles++;
      newest = later(newest, outcome.published ?? item.published);
      if (outcome.kind === 'irrelevant') {
        summary.irrelevant++;
        continue;
      }
      if (outcome.created) summary.newEvents++;
      else summary.merged++;
      summary.alertsQueued += outcome.alertsQueued;
    } catch (err) {
      const reason = describeError(err);
      summary.failures.push({ url: item.url, reason });
      await deps.store.putItemFailure(source.id, item.url, reason);
    }
  }
  onItem?.(items.length, items.length);
  // Pending alerts (this run's, and any a dead or mail-less run left) go out now.
  summary.alertsSent = (await drainOutbox(deps)).sent;
  await deps.store.putSourceState({
    ...state,
    etag: listing.etag ?? state.etag,
    lastModified: listing.lastModified ?? state.lastModified,
    lastAttemptAt: at,
    lastSuccessAt: at,
    consecutiveFailures: 0,
    lastError: null,
    itemsSeen: state.itemsSeen + summary.fetched,
    newestItemAt: newest,
    outageAlertedAt: null,
  });
  summary.durationMs = Math.round(performance.now() - started);
  return summary;
}
