import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceLine, totalsLine } from '../../shared/cli/report.ts';
import { readStackState, stateFile, writeStackState } from '../../shared/local/state.ts';
import { totals } from '../../shared/pipeline/run-all.ts';
import { emptySummary } from '../../shared/pipeline/types.ts';

describe('run lines in plain words', () => {
  const run = {
    ...emptySummary('kazinform-en'),
    fetched: 4,
    skippedSeen: 1,
    newArticles: 3,
    newEvents: 1,
    merged: 1,
  };

  it('says what a source run did', () => {
    expect(sourceLine(run)).toBe(
      'kazinform-en: 5 listed, 3 new articles, 2 events (1 new, 1 merged), 0 alerts',
    );
    expect(sourceLine({ ...run, irrelevant: 2, alertsQueued: 1 })).toBe(
      'kazinform-en: 5 listed, 3 new articles, 2 events (1 new, 1 merged), 1 alert, 2 not about KZ–CN',
    );
  });

  it('says "not modified" for a 304 and names a failure', () => {
    expect(sourceLine({ ...emptySummary('mfa-en'), notModified: true })).toBe(
      'mfa-en: not modified (304), nothing to do',
    );
    expect(sourceLine({ ...emptySummary('akorda'), ok: false, error: 'HTTP 503' })).toBe(
      'akorda: FAILED — HTTP 503',
    );
  });

  it('sums a run', () => {
    const t = totals([run, { ...emptySummary('akorda'), ok: false, error: 'x' }]);
    expect(totalsLine(t)).toBe(
      'done: 2 sources, 1 FAILED; 3 new articles, 1 new events, 1 merged into existing, 0 alerts queued',
    );
  });
});

describe('the running stack record', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kzcm-state-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const where = {
    dynamoEndpoint: 'http://127.0.0.1:4567',
    sesUrl: 'http://127.0.0.1:8005',
    apiUrl: 'http://localhost:3000',
  };

  it('is found while its owner lives and removed by it', () => {
    const forget = writeStackState(dir, where);
    expect(readStackState(dir)).toMatchObject({ ...where, pid: process.pid });
    forget();
    expect(readStackState(dir)).toBeNull();
  });

  it('is ignored when its owner is gone (a crash left it behind) or it is not ours to read', () => {
    writeFileSync(stateFile(dir), JSON.stringify({ ...where, pid: 2 ** 22 + 17, startedAt: 'x' }));
    expect(readStackState(dir)).toBeNull();
    writeFileSync(stateFile(dir), '{not json');
    expect(readStackState(dir)).toBeNull();
  });
});
