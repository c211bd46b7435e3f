import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

/**
 * What a running `npm start` tells the other commands (`ingest`, `backfill`, `digest`, `eval`): the embedded
 * store holds its data folder, so they use the stack's store endpoint and its local SES instead of failing on
 * the folder's lock.
 */
export const StackState = z.object({
  pid: z.number().int(),
  dynamoEndpoint: z.string(),
  sesUrl: z.string(),
  apiUrl: z.string(),
  startedAt: z.string(),
});
export type StackState = z.infer<typeof StackState>;

/** The state file in a data folder. */
export function stateFile(dataDir: string): string {
  return join(dataDir, 'stack.json');
}

/** Whether a process id is alive (signal 0 only checks; EPERM means alive but someone else's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Records the running stack; returns a function that removes the record (only if it is still ours). */
export function writeStackState(dataDir: string, state: Omit<StackState, 'pid' | 'startedAt'>): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = stateFile(dataDir);
  const mine: StackState = { ...state, pid: process.pid, startedAt: new Date().toISOString() };
  writeFileSync(file, `${JSON.stringify(mine, null, 2)}\n`);
  return () => {
    if (readStackState(dataDir)?.pid === process.pid) rmSync(file, { force: true });
  };
}

/** The running stack of a data folder, or null (no file, unreadable, or its owner is gone: a crash left it). */
export function readStackState(dataDir: string): StackState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(stateFile(dataDir), 'utf8'));
  } catch {
    return null;
  }
  const parsed = StackState.safeParse(raw);
  if (!parsed.success || !alive(parsed.data.pid)) return null;
  return parsed.data;
}
