import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../infra/config.ts';
import { DEFAULT_DIGEST_SCHEDULE } from '../../infra/constructs/ingestion.ts';
import { VARS } from '../../shared/config.ts';
import { describeSchedule, nextRun, parseSchedule } from '../../shared/local/schedule.ts';
import { scheduleJob } from '../../shared/local/scheduler.ts';

describe('parseSchedule', () => {
  it('reads the AWS expressions and short durations', () => {
    expect(parseSchedule('cron(0 7 * * ? *)')).toEqual({
      kind: 'daily',
      hour: 7,
      minute: 0,
      zone: 'Asia/Almaty',
    });
    expect(parseSchedule('rate(6 hours)')).toEqual({ kind: 'every', ms: 6 * 3_600_000 });
    expect(parseSchedule('6h')).toEqual({ kind: 'every', ms: 6 * 3_600_000 });
    expect(parseSchedule('2s')).toEqual({ kind: 'every', ms: 2000 });
    expect(describeSchedule(parseSchedule('cron(30 8 * * ? *)'))).toBe('daily at 08:30 Asia/Almaty');
  });

  it('rejects anything else with a message naming the setting', () => {
    expect(() => parseSchedule('often', '--every')).toThrow(/^--every must be/);
    expect(() => parseSchedule('cron(0 25 * * ? *)')).toThrow(/INGEST_SCHEDULE/);
    expect(() => parseSchedule('0h')).toThrow();
  });

  it('defaults to the very schedules the AWS stack deploys', () => {
    expect(VARS.INGEST_SCHEDULE.defaults.local).toBe(DEFAULT_SCHEDULE);
    expect(VARS.DIGEST_SCHEDULE.defaults.local).toBe(DEFAULT_DIGEST_SCHEDULE);
  });
});

describe('nextRun', () => {
  const daily7 = parseSchedule('cron(0 7 * * ? *)');

  it('is 07:00 Almaty today when that is still ahead, else tomorrow', () => {
    // 2025-06-10 01:00Z = 06:00 in Almaty (UTC+5): today at 07:00 = 02:00Z.
    expect(nextRun(daily7, new Date('2025-06-10T01:00:00Z')).toISOString()).toBe('2025-06-10T02:00:00.000Z');
    expect(nextRun(daily7, new Date('2025-06-10T02:00:00Z')).toISOString()).toBe('2025-06-11T02:00:00.000Z');
  });

  it('follows the zone through Intl, not a fixed offset (Almaty was UTC+6 before March 2024)', () => {
    expect(nextRun(daily7, new Date('2024-02-10T12:00:00Z')).toISOString()).toBe('2024-02-11T01:00:00.000Z');
    expect(nextRun(daily7, new Date('2024-03-10T12:00:00Z')).toISOString()).toBe('2024-03-11T02:00:00.000Z');
  });

  it('counts an interval from now', () => {
    expect(nextRun({ kind: 'every', ms: 5000 }, new Date(1000)).getTime()).toBe(6000);
  });
});

describe('scheduleJob', () => {
  it('never runs twice at once: a tick during a run is skipped', async () => {
    vi.useFakeTimers();
    try {
      let active = 0;
      let maxActive = 0;
      let runs = 0;
      let skips = 0;
      const job = scheduleJob({
        schedule: { kind: 'every', ms: 1000 },
        run: async () => {
          active++;
          maxActive = Math.max(maxActive, active);
          runs++;
          await new Promise((r) => setTimeout(r, 2500));
          active--;
        },
        onError: () => undefined,
        onSkip: () => skips++,
      });
      expect(await Promise.race([job.runNow(), Promise.resolve('pending')])).toBe('pending');
      await vi.advanceTimersByTimeAsync(10_000);
      const stopped = job.stop(); // waits for the run in flight
      await vi.advanceTimersByTimeAsync(3000);
      await stopped;
      expect(maxActive).toBe(1);
      expect(runs).toBeGreaterThanOrEqual(3);
      expect(skips).toBeGreaterThan(0);
      expect(job.next()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps to its schedule after a failing run', async () => {
    vi.useFakeTimers();
    try {
      const errors: unknown[] = [];
      let runs = 0;
      const job = scheduleJob({
        schedule: { kind: 'every', ms: 1000 },
        run: async () => {
          runs++;
          throw new Error('feed down');
        },
        onError: (e) => errors.push(e),
      });
      await vi.advanceTimersByTimeAsync(3500);
      await job.stop();
      expect(runs).toBe(3);
      expect(errors).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
