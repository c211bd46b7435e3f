import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, groupAlive, until } from '../helpers/process.ts';

/** Polls a URL until it answers 200 with a JSON body matching `ok`, or gives up. */
async function waitFor(url: string, ok: (body: unknown) => boolean, ms: number): Promise<unknown> {
  const until = Date.now() + ms;
  let last: unknown = null;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) {
        last = await res.json();
        if (ok(last)) return last;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${url}; last body ${JSON.stringify(last)?.slice(0, 300)}`);
}

/** Ctrl-C: SIGINT to the whole process group; resolves when npm and the app have exited. */
async function ctrlC(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  process.kill(-(child.pid as number), 'SIGINT');
  await exited;
  // The app itself (a grandchild of npm) must be gone too: signal 0 fails for a dead group.
  await until(() => !groupAlive(child.pid as number), 15_000, 'npm and the app to exit');
}

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) {
    try {
      process.kill(-(c.pid as number), 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('npm start --offline (the newcomer path)', () => {
  it('serves /health and the fixture events on the API, keeps data across restarts, and stops cleanly on Ctrl-C', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kzcm-start-'));
    dirs.push(dataDir);
    const env = {
      ...process.env,
      PORT: String(await freePort()),
      SES_PORT: String(await freePort()),
      DATA_DIR: dataDir,
      npm_config_offline: 'true',
    };
    const run = () => {
      // Own process group, so that the test can do what Ctrl-C does: signal the whole group.
      const child = spawn('npm', ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      children.push(child);
      let err = '';
      child.stderr?.on('data', (d: Buffer) => {
        err += d.toString();
      });
      return { child, stderr: () => err };
    };
    const first = run();
    const base = `http://localhost:${env.PORT}`;
    await waitFor(`${base}/health`, (b) => (b as { status?: string }).status === 'ok', 60_000);
    await until(() => first.stderr().includes('done: '), 120_000);
    const events = (await waitFor(
      `${base}/events?limit=100`,
      (b) => ((b as { items: unknown[] }).items?.length ?? 0) >= 5,
      10_000,
    )) as { items: Array<{ id: string }> };
    expect(first.stderr()).toContain('offline');
    expect(first.stderr()).toMatch(/done: 17 sources; \d+ new articles/);
    expect(first.stderr()).not.toContain('FAILED');
    expect(first.stderr()).not.toContain('sampling_rate'); // no JSON log lines on a terminal
    await ctrlC(first.child);
    expect(first.stderr()).toContain('stopping');

    const second = run();
    const again = (await waitFor(
      `${base}/events?limit=100`,
      (b) => ((b as { items: unknown[] }).items?.length ?? 0) >= 5,
      60_000,
    )) as { items: Array<{ id: string }> };
    expect(again.items.map((e) => e.id).sort()).toEqual(events.items.map((e) => e.id).sort());
    await ctrlC(second.child);
  }, 240_000);
});

describe('bad configuration fails fast with one clear line', () => {
  it.each([
    [{ PORT: 'abc' }, /^error: environment variable PORT must be an integer, got "abc"$/],
    [{ PORT: '70000' }, /^error: PORT must be a port number 0-65535, got 70000$/],
    [{ DYNAMODB_ENDPOINT: 'not a url' }, /^error: DYNAMODB_ENDPOINT must be an http\(s\) URL/],
    [
      { SOURCES_FILE: '/nonexistent/sources.json' },
      /^error: SOURCES_FILE \/nonexistent\/sources.json cannot be read as JSON/,
    ],
  ])('%o', (vars, message) => {
    const res = spawnSync('npm', ['run', '-s', 'cli', '--', 'serve'], {
      env: { ...process.env, ...vars },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(res.status).toBe(1);
    const lines = res.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('names the port when it is already in use', async () => {
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as { port: number }).port;
    const dataDir = mkdtempSync(join(tmpdir(), 'kzcm-port-'));
    dirs.push(dataDir);
    const res = spawnSync('npm', ['run', '-s', 'cli', '--', 'serve'], {
      env: { ...process.env, PORT: String(port), SES_PORT: String(await freePort()), DATA_DIR: dataDir },
      encoding: 'utf8',
      timeout: 60_000,
    });
    srv.close();
    expect(res.status).toBe(1);
    const lines = res.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
    expect(lines).toEqual([`error: port ${port} is already in use (set PORT to another port)`]);
  });

  it('reports an unreachable DynamoDB endpoint in one line', () => {
    const res = spawnSync('npm', ['run', '-s', 'cli', '--', 'serve'], {
      env: { ...process.env, DYNAMODB_ENDPOINT: 'http://127.0.0.1:9', PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(res.status).toBe(1);
    const lines = res.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: .*127\.0\.0\.1:9/);
  });
});
