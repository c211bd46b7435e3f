import { sendOperatorAlert } from '../alerts/index.ts';
import type { SourceState } from '../domain/index.ts';
import { describeError } from '../errors.ts';
import type { ListResult } from '../fetch/types.ts';
import type { StopReason } from './run-limits.ts';
import type { PipelineDeps } from './types.ts';

/**
 * Truthful source health: a run "succeeds" only when the source gave what a source should. A listing that
 * failed, N listings in a row with no item, or a run whose every item failed to parse are failures: counted
 * in `consecutiveFailures`, shown by `GET /sources` and alerted once per outage past the threshold.
 */

/** Records a source-level failure, and alerts the operator once per outage past the threshold. */
export async function recordFailure(
  deps: PipelineDeps,
  state: SourceState,
  error: string,
  at: string,
  extra: Partial<SourceState> = {},
): Promise<void> {
  const failures = state.consecutiveFailures + 1;
  const next: SourceState = {
    ...state,
    ...extra,
    lastAttemptAt: at,
    consecutiveFailures: failures,
    lastError: error,
  };
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

/** What a finished run saw, for judging it. */
export interface RunFacts {
  listing: ListResult;
  attempted: number;
  parseFailures: number;
  otherFailures: number;
  leftover: number;
  stoppedBy: StopReason | null;
  newestItemAt: string | null;
  emptyRunsToFail: number;
}

/** Notes for operators about what the run corrected or left. */
function notesOf(f: RunFacts): string[] {
  const notes: string[] = [];
  const future = f.listing.futureDated ?? 0;
  if (future > 0) notes.push(`${future} item date(s) in the future clamped to the fetch time`);
  if (f.leftover > 0) notes.push(`${f.leftover} item(s) left for the next run (${f.stoppedBy} cap reached)`);
  if (f.parseFailures > 0) notes.push(`${f.parseFailures} item page(s) could not be parsed`);
  return notes;
}

/**
 * The source's state after a run whose listing succeeded, and the failure to record if the run still
 * counts as failed. Validators are kept only when nothing was left over: a backlog makes the next run list
 * in full instead of receiving a 304 that would hide the items still to do.
 */
export function judgeRun(
  state: SourceState,
  f: RunFacts,
  at: string,
): { state: SourceState; failure: string | null } {
  // A 304 repeats the previous listing: still empty if that one was.
  const before = state.emptyRuns ?? 0;
  const empty = f.listing.notModified ? before > 0 : f.listing.items.length === 0;
  const emptyRuns = empty ? before + 1 : 0;
  let failure: string | null = null;
  if (emptyRuns >= f.emptyRunsToFail) failure = `no items in the last ${emptyRuns} listings`;
  else if (f.attempted > 0 && f.parseFailures === f.attempted)
    failure = `all ${f.attempted} item page(s) failed to parse`;
  const next: SourceState = {
    ...state,
    etag: f.leftover > 0 ? null : (f.listing.etag ?? state.etag),
    lastModified: f.leftover > 0 ? null : (f.listing.lastModified ?? state.lastModified),
    lastAttemptAt: at,
    itemsSeen: state.itemsSeen + f.listing.items.length,
    newestItemAt: f.newestItemAt,
    emptyRuns,
    parseFailures: f.parseFailures,
    backlog: f.leftover,
    // A 304 brings nothing new to note: the notes of the listing it repeats stay.
    notes: f.listing.notModified && f.attempted === 0 ? (state.notes ?? []) : notesOf(f),
  };
  if (failure) return { state: next, failure };
  return {
    state: { ...next, lastSuccessAt: at, consecutiveFailures: 0, lastError: null, outageAlertedAt: null },
    failure: null,
  };
}
