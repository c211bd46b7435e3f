import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, groupAlive, until } from '../helpers/process.ts';

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (groupAlive(c.pid as number)) process.kill(-(c.pid as number), 'SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('npm start on a schedule, with commands beside it', () => {
  it('ingests on schedule without overlap, shares its store and mail, and stops on one SIGINT to npm', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kzcm-sched-'));
    dirs.push(dataDir);
    const env = {
      ...process.env,
      PORT: String(await freePort()),
      SES_PORT: String(await freePort()),
      DATA_DIR: dataDir,
      DIGEST_SCHEDULE: '3s',
    };
    // Own process group, so that the test can check no process is left; the signal goes to npm alone.
    const child = spawn('npm', ['start', '--', '--offline', '--every', '2s'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.push(child);
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    const runs = () => err.split('\n').filter((l) => l.startsWith('ingesting')).length;
    await until(() => runs() >= 3 && /\ndone: .*\n/.test(err), 150_000, 'three scheduled runs');
    expect(err).toMatch(/ingestion {4}now, then every 2s; next \d{4}-\d\d-\d\dT/);
    expect(err).toContain('not modified (304)');
    expect(err).toMatch(/digest of \d{4}-\d\d-\d\d: \d+ events/);
    // Never two at once: every "ingesting" line is followed by its "done:" before the next one starts.
    const marks = err.split('\n').filter((l) => l.startsWith('ingesting') || l.startsWith('done: '));
    expect(marks.map((l) => l.split(/[ :…]/)[0])).toEqual(
      marks.map((_l, i) => (i % 2 === 0 ? 'ingesting' : 'done')),
    );
    const health = (await (await fetch(`http://localhost:${env.PORT}/health`)).json()) as {
      schedule: { nextIngestion: string; nextDigest: string };
    };
    expect(Date.parse(health.schedule.nextIngestion)).toBeGreaterThan(Date.now() - 5000);
    expect(health.schedule.nextDigest).toMatch(/^\d{4}-/);
    const stack = JSON.parse(readFileSync(join(dataDir, 'stack.json'), 'utf8')) as { sesUrl: string };

    // `ingest > out.json` beside the stack: the stack's store (no lock error), only JSON on stdout.
    const out = join(dataDir, 'out.json');
    const ingest = spawnSync(
      'sh',
      ['-c', `npm run -s cli -- ingest --offline --source kazinform-en > ${out}`],
      {
        env,
        encoding: 'utf8',
        timeout: 90_000,
      },
    );
    expect(ingest.stderr).toContain('using the store of the running local stack');
    expect(ingest.status).toBe(0);
    const summary = JSON.parse(readFileSync(out, 'utf8')) as {
      total: { sources: number; failedSources: number };
    };
    expect(summary.total).toMatchObject({ sources: 1, failedSources: 0 });

    // `digest` beside the stack: no SES_ENDPOINT needed, mail goes through the stack's local SES.
    const digest = spawnSync('npm', ['run', '-s', 'cli', '--', 'digest', '--date', '2025-04-26'], {
      env,
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(digest.status).toBe(0);
    expect(digest.stderr).toContain(`mail through ${stack.sesUrl}`);
    expect(JSON.parse(digest.stdout)).toMatchObject({ date: '2025-04-26', failed: 0 });

    // One SIGINT to the npm process (not the group) stops everything within 5 s.
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const t0 = Date.now();
    process.kill(child.pid as number, 'SIGINT');
    await exited;
    await until(() => !groupAlive(child.pid as number), 5000 - (Date.now() - t0), 'the whole group to exit');
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(err).toContain('stopping (SIGINT)');
    expect(() => readFileSync(join(dataDir, 'stack.json'))).toThrow();
  }, 240_000);
});
