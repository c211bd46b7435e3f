import { nextRun, type Schedule } from './schedule.ts';

/** A job run on a schedule by the local stack. */
export interface ScheduledJob {
  /** When it runs next (null once stopped). */
  next(): Date | null;
  /** Runs it now unless a run is going on; resolves false when skipped for that reason. */
  runNow(): Promise<boolean>;
  /** No more runs; resolves when the one going on (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `run` on `schedule` with one timer at a time, and never twice at once: a tick that finds the previous
 * run still going is skipped (reported through `onSkip`) and the next one is planned, as EventBridge Scheduler
 * plus a one-message-per-source queue would not pile up either. Errors of a run go to `onError`; the schedule
 * goes on.
 */
export function scheduleJob(opts: {
  schedule: Schedule;
  run: () => Promise<void>;
  onError: (err: unknown) => void;
  onSkip?: () => void;
  now?: () => Date;
}): ScheduledJob {
  const now = opts.now ?? (() => new Date());
  let timer: NodeJS.Timeout | null = null;
  let next: Date | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const runNow = async (): Promise<boolean> => {
    if (running) {
      opts.onSkip?.();
      return false;
    }
    running = opts.run().catch(opts.onError);
    try {
      await running;
    } finally {
      running = null;
    }
    return true;
  };

  const plan = () => {
    if (stopped) return;
    next = nextRun(opts.schedule, now());
    // setTimeout's limit is ~24.8 days; a daily schedule never gets near it.
    timer = setTimeout(
      () => {
        plan();
        void runNow();
      },
      Math.max(0, next.getTime() - now().getTime()),
    );
  };
  plan();

  return {
    next: () => next,
    runNow,
    stop: async () => {
      stopped = true;
      next = null;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
