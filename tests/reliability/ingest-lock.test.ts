import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exclusiveIngestion } from '../../shared/cli/local-run.ts';
import type { Config } from '../../shared/config.ts';
import { acquireIngestLock, ingestLockFile } from '../../shared/local/ingest-lock.ts';
import { useScratch } from '../helpers/scratch.ts';

/**
 * Issue 17: a manual `ingest` beside `npm start`'s schedule must never run two ingestions at once. The guard is a
 * lease file in the data folder; these tests take it from separate processes, as the real commands do.
 */
const CHILD = fileURLToPath(new URL('./ingest-lock-child.ts', import.meta.url));
const { tempDir, children } = useScratch('kzcm-ingest-lock-');

function child(...args: string[]): ChildProcess {
  const c = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(c);
  return c;
}

/** The first stdout line of a child (it prints one line per decision). */
function firstLine(c: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    c.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) resolve(buf.split('\n')[0] ?? '');
    });
    c.once('exit', (code) => reject(new Error(`child exited (${code}) before a line: ${buf}`)));
  });
}

const exited = (c: ChildProcess) =>
  c.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => c.once('exit', () => r()));

describe('cross-process ingestion lock', () => {
  it('refuses a second process while the first holds it, and lets the next one in after', async () => {
    const dir = tempDir();
    const holder = child('hold', dir, '2500');
    expect(await firstLine(holder)).toBe('held');
    expect(await firstLine(child('try', dir))).toBe(`busy ${holder.pid}`);
    await exited(holder);
    expect(await firstLine(child('try', dir))).toBe('got');
  }, 30_000);

  it('of several processes trying at the same moment, exactly one gets it', async () => {
    const dir = tempDir();
    const at = String(Date.now() + 3000);
    const lines = await Promise.all(Array.from({ length: 4 }, () => firstLine(child('try', dir, at))));
    expect(lines.filter((l) => l === 'got')).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('busy'))).toHaveLength(3);
  }, 30_000);

  it('is taken over from a holder killed with SIGKILL (no release ran)', async () => {
    const dir = tempDir();
    const holder = child('hold', dir, '0');
    expect(await firstLine(holder)).toBe('held');
    holder.kill('SIGKILL');
    await exited(holder);
    expect(existsSync(ingestLockFile(dir))).toBe(true);
    expect(await firstLine(child('try', dir))).toBe('got');
  }, 30_000);

  it('is taken over from a live holder whose lease ran out (a hung run), but a renewed lease holds', async () => {
    const dir = tempDir();
    // This test process is alive; its lease ended a minute ago: the lock is free to take.
    writeFileSync(
      ingestLockFile(dir),
      JSON.stringify({
        pid: process.pid,
        start: null,
        token: 't',
        what: 'hung',
        since: '',
        until: Date.now() - 60_000,
      }),
    );
    const taker = child('try', dir);
    expect(await firstLine(taker)).toBe('got');
    await exited(taker);
    // A holder with a 600 ms lease renews it: 1.8 s later, three leases past its first expiry, it still holds.
    // It holds until killed, so a contender that starts slowly on a loaded machine still finds it running.
    const renewing = child('hold', dir, '0', '600');
    expect(await firstLine(renewing)).toBe('held');
    await new Promise((r) => setTimeout(r, 1800));
    const until = (JSON.parse(readFileSync(ingestLockFile(dir), 'utf8')) as { until: number }).until;
    expect(until).toBeGreaterThan(Date.now());
    expect(await firstLine(child('try', dir))).toBe(`busy ${renewing.pid}`);
    renewing.kill('SIGKILL');
    await exited(renewing);
  }, 30_000);

  it('an ingestion beside a running one is skipped, says who runs, and runs nothing', async () => {
    const dir = tempDir();
    const holder = child('hold', dir, '0');
    expect(await firstLine(holder)).toBe('held');
    let ran = false;
    const outcome = await exclusiveIngestion({ dataDir: dir } as Config, async () => {
      ran = true;
    });
    expect(ran).toBe(false);
    expect(outcome.skipped?.pid).toBe(holder.pid);
    holder.kill('SIGKILL');
    await exited(holder);
    const release = acquireIngestLock(dir, 'after');
    release();
    expect(existsSync(ingestLockFile(dir))).toBe(false);
  }, 30_000);

  it('a manual ingestion beside a running one waits for it to end, then runs (never both at once)', async () => {
    const dir = tempDir();
    const holder = child('hold', dir, '2500');
    expect(await firstLine(holder)).toBe('held');
    const heldAt = Date.now();
    let ranAt = 0;
    let owner = 0;
    const outcome = await exclusiveIngestion(
      { dataDir: dir } as Config,
      async () => {
        ranAt = Date.now();
        owner = (JSON.parse(readFileSync(ingestLockFile(dir), 'utf8')) as { pid: number }).pid;
      },
      60_000,
    );
    expect(outcome.skipped).toBeUndefined();
    // The holder kept it 2.5 s from "held": the waiting run began only after that, holding the lock itself.
    expect(ranAt - heldAt).toBeGreaterThan(2000);
    expect(owner).toBe(process.pid);
  }, 30_000);
});
