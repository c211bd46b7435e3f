import { getEnvInt } from '../env.ts';
import { FetchError } from '../errors.ts';
import type { HttpClient } from '../fetch/http.ts';

/**
 * Bounds of one source's run. A feed of 10,000 near-duplicates, or a trickling server, must not make a run
 * unbounded: what the caps leave is reported and picked up by the next run.
 */
export interface RunLimits {
  /** Items processed per source per run (fetched or parsed; a known story settled by one lookup is free). */
  maxItems: number;
  /** Bytes downloaded per source per run (listing and pages, decoded). */
  maxBytes: number;
  /** Wall time per source per run; no item is started after it (a listing in flight is cut off). */
  timeBudgetMs: number;
  /** Consecutive listings with no item at all before the source counts as failing. */
  emptyRunsToFail: number;
  /** Hosts fetched at the same time by a local run (sources on one host always run one after another). */
  parallelHosts: number;
}

/**
 * Defaults: a busy outlet publishes well under 200 items between two runs; the ingest Lambda times out at
 * 5 minutes (infra/constructs/ingestion.ts), so a run stops starting items after 4 and still saves its state.
 */
export const DEFAULT_RUN_LIMITS: RunLimits = {
  maxItems: 200,
  maxBytes: 64 * 1024 * 1024,
  timeBudgetMs: 4 * 60_000,
  emptyRunsToFail: 3,
  parallelHosts: 4,
};

/** The limits from RUN_MAX_ITEMS, RUN_MAX_BYTES, RUN_TIME_BUDGET_SECONDS, RUN_EMPTY_RUNS_TO_FAIL, RUN_PARALLEL_HOSTS. */
export function runLimitsFromEnv(): RunLimits {
  const d = DEFAULT_RUN_LIMITS;
  return {
    maxItems: getEnvInt('RUN_MAX_ITEMS', d.maxItems),
    maxBytes: getEnvInt('RUN_MAX_BYTES', d.maxBytes),
    timeBudgetMs: getEnvInt('RUN_TIME_BUDGET_SECONDS', d.timeBudgetMs / 1000) * 1000,
    emptyRunsToFail: getEnvInt('RUN_EMPTY_RUNS_TO_FAIL', d.emptyRunsToFail),
    parallelHosts: Math.max(1, getEnvInt('RUN_PARALLEL_HOSTS', d.parallelHosts)),
  };
}

/** Which cap ended a run early. */
export type StopReason = 'items' | 'bytes' | 'time';

/** The budget of one source's run: counts items and bytes, and knows its deadline. */
export class RunBudget {
  items = 0;
  bytes = 0;
  requests = 0;
  readonly deadline: number;

  constructor(
    readonly limits: RunLimits,
    start = Date.now(),
  ) {
    this.deadline = start + limits.timeBudgetMs;
  }

  /** Why no further item may start, or null while the budget lasts. */
  exhausted(): StopReason | null {
    if (this.items >= this.limits.maxItems) return 'items';
    if (this.bytes >= this.limits.maxBytes) return 'bytes';
    if (Date.now() >= this.deadline) return 'time';
    return null;
  }

  /** The HTTP client with every response body counted against this budget. */
  wrap(http: HttpClient): HttpClient {
    return {
      get: async (url, opts) => {
        this.requests++;
        const res = await http.get(url, opts);
        this.bytes += Buffer.byteLength(res.body);
        return res;
      },
    };
  }

  /** `work`, cut off with a FetchError when the deadline passes first (its sockets end on their own timeouts). */
  async beforeDeadline<T>(work: Promise<T>, what: string, url: string): Promise<T> {
    if (!Number.isFinite(this.deadline)) return work;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new FetchError(`time budget of ${this.limits.timeBudgetMs / 1000} s ran out ${what}`, url, false),
          ),
        Math.max(0, this.deadline - Date.now()),
      );
    });
    try {
      return await Promise.race([work, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Limits for an operator's backfill: no item, byte or time cap (it is asked for, watched, and resumable). */
export function uncapped(limits: RunLimits): RunLimits {
  return {
    ...limits,
    maxItems: Number.POSITIVE_INFINITY,
    maxBytes: Number.POSITIVE_INFINITY,
    timeBudgetMs: Number.POSITIVE_INFINITY,
  };
}
