import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * Temp folders and child processes of one test file, cleaned after each test: a child still running is
 * SIGKILLed (a hung lock holder must not outlive its test) and every folder is removed.
 */
export interface Scratch {
  /** A fresh temp folder named `<prefix>…`, removed after the test. */
  tempDir(): string;
  /** Children to kill after the test; push every spawned process here. */
  children: ChildProcess[];
}

/** Registers the after-each clean-up in the calling test file (call it at the file's top level). */
export function useScratch(prefix: string): Scratch {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return {
    tempDir() {
      const d = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(d);
      return d;
    },
    children,
  };
}
