import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../errors.ts';

/**
 * The data-folder lock of the embedded store. A lock file records its owner as pid + the kernel's start time
 * of that process + a random token. An owner counts as alive only when the pid answers `kill(pid, 0)`, is
 * not a zombie (a SIGKILLed process its parent has not reaped yet still answers), and started at the recorded
 * time (so a recycled pid is not mistaken for the owner). A dead owner's lock is taken over by an atomic
 * rename, which only one of several racing restarts can win.
 */

/** What a lock file holds. */
interface Owner {
  pid: number;
  /** Start time of the process in clock ticks since boot (Linux /proc), null where unknown. */
  start: string | null;
  token: string;
}

/** Field 22 (starttime) and field 3 (state) of /proc/<pid>/stat, or null without procfs. */
function procStat(pid: number): { state: string; start: string } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may itself hold spaces and parentheses.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', start: fields[19] ?? '' };
}

/** Whether the process that wrote `owner` is still running (see the module comment). */
export function ownerAlive(owner: Owner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    // EPERM: it runs, as another user.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = procStat(owner.pid);
  // No stat for a pid that answered: it died in between, unless this system has no procfs at all.
  if (!stat) return procStat(process.pid) === null;
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return owner.start === null || stat.start === owner.start;
}

/** The owner recorded in a lock file's text; an old plain-pid file is read too. Null when unreadable. */
function parseOwner(text: string): Owner | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed), start: null, token: '' };
  try {
    const o = JSON.parse(trimmed) as Partial<Owner>;
    if (!Number.isInteger(o.pid) || (o.pid ?? 0) <= 0 || typeof o.token !== 'string') return null;
    return { pid: o.pid as number, start: typeof o.start === 'string' ? o.start : null, token: o.token };
  } catch {
    return null;
  }
}

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/** The kernel start time of this process (see Owner.start), null without procfs. */
export function processStart(): string | null {
  return procStat(process.pid)?.start ?? null;
}

/**
 * Moves a dead owner's lock aside (shared with the ingestion lock). The rename is atomic: of several restarts
 * only one moves the file. If what was moved is not the dead lock that was judged (another restart already
 * replaced it), it is put back.
 */
export function takeOver(file: string, judged: string): void {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // gone already: someone else moved it; the next attempt decides
  }
  if (readText(aside) !== judged) {
    try {
      linkSync(aside, file); // fails if yet another owner exists: that one holds the lock then
    } catch {}
  }
  rmSync(aside, { force: true });
}

/**
 * Takes the data directory for this process; a second live owner gets a ConfigError naming the folder and
 * the pid. Returns the release function, which removes the lock only while it is still this process's.
 */
export function lockDataDir(path: string, name = 'kzcm-dynalite.pid'): () => void {
  mkdirSync(path, { recursive: true });
  const file = join(path, name);
  const me: Owner = {
    pid: process.pid,
    start: processStart(),
    token: randomBytes(12).toString('hex'),
  };
  const mine = JSON.stringify(me);
  for (let attempt = 0; attempt < 5; attempt++) {
    // Written aside and linked into place: the lock file appears whole or not at all, so nobody ever judges
    // a half-written file of a live starter; link() fails with EEXIST when a lock exists, atomically.
    const tmp = `${file}.${me.token}.tmp`;
    try {
      writeFileSync(tmp, mine);
      linkSync(tmp, file);
      return () => {
        if (readText(file) === mine) rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new ConfigError(`cannot use data directory ${path}: ${(err as Error).message}`, { cause: err });
    } finally {
      rmSync(tmp, { force: true });
    }
    const text = readText(file);
    if (text === null) continue; // released between our attempt and the read
    const owner = parseOwner(text);
    // An unreadable file (a crash of an older version mid-write) has no owner to protect: taken over.
    if (owner && ownerAlive(owner))
      throw new ConfigError(`data directory ${path} is in use by another process (pid ${owner.pid})`);
    takeOver(file, text);
  }
  throw new ConfigError(`cannot lock data directory ${path}`);
}
