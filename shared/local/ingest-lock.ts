import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { ConflictError } from '../errors.ts';
import { ownerAlive, processStart, takeOver } from '../store/dir-lock.ts';

/**
 * The cross-process guard of local ingestion: `npm start`'s schedule, a manual `ingest` and a `backfill` in other
 * terminals all take `DATA_DIR/ingest.lock` before a run, so two of them never ingest at once (the in-process
 * scheduler alone only sees its own runs). The lock is a lease: its holder renews it while it runs, and a lock
 * whose holder is dead (pid gone, a zombie, or a recycled pid) or whose lease ran out (a hung holder) is taken
 * over by an atomic rename, which only one of several contenders can win.
 */

/** What the lock file holds. */
export const IngestLockOwner = z.object({
  pid: z.number().int().positive(),
  /** The holder's start time from /proc (so a recycled pid is not taken for it), null where unknown. */
  start: z.string().nullable(),
  token: z.string(),
  /** What holds it: `scheduled ingestion`, `ingest`, `backfill`. */
  what: z.string(),
  since: z.string(),
  /** Epoch ms after which the lease has run out unless renewed. */
  until: z.number(),
});
export type IngestLockOwner = z.infer<typeof IngestLockOwner>;

/** How long a lease lasts without renewal; the holder renews it every third of that. */
export const INGEST_LEASE_MS = 10 * 60_000;

/** Thrown when another live process holds the lock; `holder` says who. */
export class IngestBusyError extends ConflictError {
  override name = 'IngestBusyError';
  constructor(readonly holder: IngestLockOwner) {
    super(`another ingestion is running (${holder.what}, pid ${holder.pid}, since ${holder.since})`);
  }
}

/** The lock file of a data folder. */
export function ingestLockFile(dataDir: string): string {
  return join(dataDir, 'ingest.lock');
}

function read(file: string): { text: string; owner: IngestLockOwner | null } | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = IngestLockOwner.safeParse(JSON.parse(text));
    return { text, owner: parsed.success ? parsed.data : null };
  } catch {
    return { text, owner: null };
  }
}

/**
 * Takes the ingestion lock of `dataDir` for `what`, or throws IngestBusyError while a live holder's lease runs.
 * Returns the release function; until then a timer renews the lease (unref'd: it never keeps a process alive).
 */
export function acquireIngestLock(dataDir: string, what: string, leaseMs = INGEST_LEASE_MS): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = ingestLockFile(dataDir);
  const token = randomBytes(12).toString('hex');
  const start = processStart();
  const since = new Date().toISOString();
  const text = () =>
    JSON.stringify({ pid: process.pid, start, token, what, since, until: Date.now() + leaseMs });
  for (let attempt = 0; attempt < 5; attempt++) {
    // Written aside and linked into place: link() fails with EEXIST when a lock exists, atomically.
    const tmp = `${file}.${token}.tmp`;
    try {
      writeFileSync(tmp, text());
      linkSync(tmp, file);
      return holdLease(file, token, text, leaseMs);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      rmSync(tmp, { force: true });
    }
    const found = read(file);
    if (!found) continue;
    const { owner } = found;
    if (owner && owner.until > Date.now() && ownerAlive(owner)) throw new IngestBusyError(owner);
    takeOver(file, found.text);
  }
  throw new ConflictError(`cannot take the ingestion lock ${file}`);
}

/** Renews the lease while it is still ours; the release removes it only then. */
function holdLease(file: string, token: string, text: () => string, leaseMs: number): () => void {
  const ours = () => read(file)?.owner?.token === token;
  const timer = setInterval(
    () => {
      if (!ours()) return;
      // Replaced whole by a rename: a reader never sees a half-written lease.
      const tmp = `${file}.${token}.renew`;
      writeFileSync(tmp, text());
      renameSync(tmp, file);
    },
    Math.max(50, Math.floor(leaseMs / 3)),
  );
  timer.unref();
  return () => {
    clearInterval(timer);
    if (ours()) rmSync(file, { force: true });
  };
}

/** How a caller meets a held lock: give up at once (a scheduled tick), or wait up to `waitMs` (a manual command). */
export interface LockWait {
  waitMs: number;
  /** Told once, when the wait begins. */
  onWait?: (holder: IngestLockOwner) => void;
}

/**
 * Takes the lock, waiting while another live process holds it (polling every 200 ms) for up to `wait.waitMs`;
 * then IngestBusyError as from acquireIngestLock.
 */
export async function acquireIngestLockWaiting(
  dataDir: string,
  what: string,
  wait: LockWait,
): Promise<() => void> {
  const deadline = Date.now() + wait.waitMs;
  let told = false;
  for (;;) {
    try {
      return acquireIngestLock(dataDir, what);
    } catch (err) {
      if (!(err instanceof IngestBusyError) || Date.now() >= deadline) throw err;
      if (!told) wait.onWait?.(err.holder);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Runs `fn` holding the ingestion lock (see acquireIngestLock), after waiting for it as `wait` says (default: not
 * at all); releases it however `fn` ends.
 */
export async function withIngestLock<T>(
  dataDir: string,
  what: string,
  fn: () => Promise<T>,
  wait: LockWait = { waitMs: 0 },
): Promise<T> {
  const release = await acquireIngestLockWaiting(dataDir, what, wait);
  try {
    return await fn();
  } finally {
    release();
  }
}
