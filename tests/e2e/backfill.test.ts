import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'kzcm-backfill-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs a CLI command against the embedded store in `dataDir`. */
function cli(...args: string[]) {
  return spawnSync('npm', ['run', '-s', 'cli', '--', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'ERROR' },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('backfill command', () => {
  it('walks the archive pages back to the date, shows progress, and ingests what it found', () => {
    const res = cli('backfill', '--source', 'astanatimes', '--until', '2025-04-01', '--offline');
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/archive page 2/);
    expect(res.stderr).toMatch(/\[#+\] \d+\/\d+/);
    const summary = JSON.parse(res.stdout.trim().split('\n').at(-1) ?? '{}') as {
      ok: boolean;
      newArticles: number;
      fetched: number;
    };
    expect(summary.ok).toBe(true);
    expect(summary.newArticles).toBeGreaterThan(4); // more than the feed's own items: the archive pages were read
    // The same backfill again adds nothing.
    const again = JSON.parse(
      cli('backfill', '--source', 'astanatimes', '--until', '2025-04-01', '--offline')
        .stdout.trim()
        .split('\n')
        .at(-1) ?? '{}',
    ) as { newArticles: number };
    expect(again.newArticles).toBe(0);
  });

  it('rejects a bad date or an unknown source with one clear line', () => {
    const bad = cli('backfill', '--source', 'astanatimes', '--until', 'last-week');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: --until must be a date YYYY-MM-DD/m);
    const unknown = cli('backfill', '--source', 'nope', '--until', '2025-04-01', '--offline');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^error: unknown source "nope"/m);
  });
});
