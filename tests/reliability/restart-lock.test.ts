import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../shared/errors.ts';
import { lockDataDir } from '../../shared/store/dir-lock.ts';
import { useScratch } from '../helpers/scratch.ts';

/**
 * Finding 5 of issue 14: a SIGKILLed owner that its parent has not reaped yet (a zombie) still answers
 * kill(pid, 0), so an immediate restart was refused. Two live owners must still never both hold the folder.
 */
const CHILD = fileURLToPath(new URL('./lock-child.ts', import.meta.url));
const procfs = existsSync('/proc/self/stat');
const { tempDir, children } = useScratch('kzcm-lock-');

/** Resolves with the first stdout line of a child that matches `re`. */
function lineOf(child: ChildProcess, re: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout?.on('data', (c: Buffer) => {
      buf += c.toString();
      const m = buf.split('\n').find((l) => re.test(l));
      if (m) resolve(m);
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before "${re}": ${buf}`)));
  });
}

const stateOf = (pid: number) => {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ')[0];
};

describe('data-folder lock', () => {
  it.skipIf(!procfs)(
    'is taken over at once from a SIGKILLed owner that is not reaped yet',
    async () => {
      const dir = tempDir();
      // A parent that blocks its event loop as soon as the holder is up (a write to a pipe is synchronous on
      // Linux, so the pid line is out first): it cannot reap the holder, which stays a zombie once killed.
      const parentCode = `
      const { spawn } = require('node:child_process');
      const c = spawn(process.execPath, ['--import', 'tsx', ${JSON.stringify(CHILD)}, 'hold', ${JSON.stringify(dir)}], { stdio: ['ignore', 'pipe', 'inherit'] });
      c.stdout.on('data', (d) => { if (String(d).includes('locked')) { process.stdout.write('pid ' + c.pid + '\\n');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20000); } });`;
      const parent = spawn(process.execPath, ['-e', parentCode], { stdio: ['ignore', 'pipe', 'inherit'] });
      children.push(parent);
      const pid = Number((await lineOf(parent, /^pid \d+/)).split(' ')[1]);
      expect(() => lockDataDir(dir)).toThrow(ConfigError); // alive: refused
      process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 100 && stateOf(pid) !== 'Z'; i++) await new Promise((r) => setTimeout(r, 20));
      expect(stateOf(pid)).toBe('Z');
      const release = lockDataDir(dir);
      release();
    },
    30_000,
  );

  it('refuses a live owner and takes over a lock whose pid now belongs to another process', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/in use by another process/);
    release();
    // A recycled pid: the parent process is alive, but it did not start when the lock says.
    const file = join(dir, 'kzcm-dynalite.pid');
    writeFileSync(file, JSON.stringify({ pid: process.ppid, start: '1', token: 'old' }));
    if (procfs) lockDataDir(dir)();
    else expect(() => lockDataDir(dir)).toThrow(ConfigError);
  });

  it('lets exactly one of several simultaneous restarts take over a dead lock', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'kzcm-dynalite.pid'),
      JSON.stringify({ pid: 2 ** 22 + 7, start: '1', token: 'dead' }),
    );
    const at = Date.now() + 4000;
    const racers = [0, 1, 2].map(() =>
      spawn(process.execPath, ['--import', 'tsx', CHILD, 'race', dir, String(at)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    children.push(...racers);
    const results = await Promise.all(racers.map((c) => lineOf(c, /^(won|lost)$/)));
    expect(results.filter((r) => r === 'won')).toHaveLength(1);
  }, 30_000);
});
