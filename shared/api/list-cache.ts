import { createHash } from 'node:crypto';
import type { Store } from '../store/port.ts';
import { respond } from './http.ts';

/**
 * The API's read-through cache of list responses (`/events`, `/agreements`, `/figures`, the feeds and CSV
 * exports): the exact body and headers of a 200, per normalised URL, tagged with the store's list version
 * (shared/store/list-version.ts) read BEFORE the page was read, and with this process's write generation. An entry
 * is served while both are unchanged and it is younger than MAX_AGE_MS. Writers bump the version after their
 * write, so an entry can only be older than the version it is tagged with, never newer; a write landing while a
 * page is read leaves that page under the old value, which the next read of the counter retires. DESIGN.md →
 * "List cache" states the staleness bound.
 */

/**
 * Age cap of an entry whatever the counter says. GSI reads are eventually consistent in AWS: a page read just
 * after a bump may still miss the write it announced, and would otherwise be kept until the next write.
 */
export const MAX_AGE_MS = 30_000;
/** Entries kept at most (least recently used dropped first). */
export const MAX_ENTRIES = 1000;
/** Body bytes kept at most over all entries (a 100-event page is ≈ 150 KB). */
export const MAX_BYTES = 32 * 1024 * 1024;
/** How often the list version is re-read by default (`API_LIST_CACHE_MS`). */
export const DEFAULT_REFRESH_MS = 1000;

/** One kept response. */
interface Entry {
  version: number;
  generation: number;
  /** When the request that read it started (clock ms). */
  at: number;
  headers: Record<string, string>;
  /** The body as sent (UTF-8, encoded once: a hit does not encode a 150 KB page again). */
  body: Uint8Array;
  etag: string;
}

const utf8 = new TextEncoder();

/** A response read out to its body, with a strong ETag (a sha256 of the body; one a route set is kept). */
async function materialise(res: Response): Promise<Omit<Entry, 'version' | 'generation' | 'at'>> {
  const text = await res.text();
  const headers = Object.fromEntries(res.headers);
  headers.etag ??= `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
  return { headers, body: utf8.encode(text), etag: headers.etag };
}

/** The answer to one request from a kept response: 304 when the client holds it (headers without a type). */
function answer(e: Omit<Entry, 'version' | 'generation' | 'at'>, ifNoneMatch: string | undefined): Response {
  if (ifNoneMatch !== e.etag) return new Response(e.body, { status: 200, headers: e.headers });
  const { 'content-type': _type, 'content-length': _length, ...headers } = e.headers;
  return respond(304, null, headers, false);
}

/** The cache key of a request: its route path and its query, keys sorted (repeated keys comma-joined). */
export function cacheKey(path: string, query: Record<string, string>): string {
  const parts = Object.keys(query)
    .sort()
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(query[k] ?? '')}`);
  return `${path}?${parts.join('&')}`;
}

/** The list cache of one API process (see the module comment). */
export class ListCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** The last list version read and when that read was ISSUED (the bound counts from there). */
  private known: { value: number; at: number } | null = null;
  private reading: Promise<{ value: number; at: number }> | null = null;
  /**
   * Pages being read, per key, under the tag they will be kept with: requests for the same page and tag wait for
   * that read instead of each reading it (when an entry expires under 50 concurrent clients, one read, not 50).
   */
  private readonly computing = new Map<
    string,
    { version: number; generation: number; entry: Promise<Entry | null> }
  >();

  /**
   * @param refreshMs how long a read of the list version is reused: 0 reads it on every request, null turns the
   *   cache off (every request computed; responses get the same ETag and 304 handling as cached ones).
   */
  constructor(
    private readonly store: Store,
    private readonly refreshMs: number | null,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** How many responses are kept (tests). */
  get size(): number {
    return this.entries.size;
  }

  /** The list version a page read from now on may be tagged with (re-read when the last read is too old). */
  private async version(): Promise<number> {
    const known = this.known;
    if (known && this.clock() - known.at < (this.refreshMs ?? 0)) return known.value;
    // 0 = every request reads it itself: a read issued before this request came could miss a finished write
    if (this.refreshMs === 0) return this.store.getListVersion();
    this.reading ??= this.readVersion();
    return (await this.reading).value;
  }

  /** One shared read of the counter; `at` is when it was issued, so its age is never under-counted. */
  private async readVersion(): Promise<{ value: number; at: number }> {
    const at = this.clock();
    try {
      const value = await this.store.getListVersion();
      // a slower read issued earlier never replaces a newer one
      if (!this.known || this.known.at <= at) this.known = { value, at };
      return { value, at };
    } finally {
      this.reading = null;
    }
  }

  /**
   * Answers a request from the cache, or computes it and keeps a 200 (with an ETag: the route's, or a sha256 of
   * the body). `compute` must not answer 304 itself: the cache does, from what it keeps. Other statuses pass
   * through, never kept.
   */
  async serve(
    key: string,
    ifNoneMatch: string | undefined,
    compute: () => Promise<Response>,
  ): Promise<Response> {
    if (this.refreshMs === null) {
      const res = await compute();
      return res.status === 200 ? answer(await materialise(res), ifNoneMatch) : res;
    }
    // both read BEFORE the page: a write finishing during the read makes them stale, never the page newer
    const started = this.clock();
    const version = await this.version();
    const generation = this.store.localListGeneration();
    const hit = this.entries.get(key);
    if (hit && hit.version === version && hit.generation === generation && started - hit.at < MAX_AGE_MS) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return answer(hit, ifNoneMatch);
    }
    const pending = this.computing.get(key);
    if (pending && pending.version === version && pending.generation === generation) {
      // read after the same version read: as good as an entry with this tag
      const shared = await pending.entry;
      if (shared) return answer(shared, ifNoneMatch);
    }
    let res: Response | undefined;
    const entry = (async (): Promise<Entry | null> => {
      res = await compute();
      if (res.status !== 200) return null;
      const kept: Entry = { ...(await materialise(res)), version, generation, at: started };
      this.keep(key, kept);
      return kept;
    })();
    this.computing.set(key, { version, generation, entry });
    try {
      const kept = await entry;
      // a non-200 is this request's own answer (its body can be read once): waiting requests compute theirs
      return kept ? answer(kept, ifNoneMatch) : (res as Response);
    } finally {
      if (this.computing.get(key)?.entry === entry) this.computing.delete(key);
    }
  }

  /** Keeps an entry, dropping the least recently used ones beyond the bounds. */
  private keep(key: string, entry: Entry): void {
    const old = this.entries.get(key);
    // a page read under an older version finishing late never displaces a newer one
    if (old && (old.version > entry.version || old.generation > entry.generation)) return;
    if (old) {
      this.bytes -= old.body.byteLength;
      this.entries.delete(key);
    }
    if (entry.body.byteLength > MAX_BYTES / 4) return;
    this.entries.set(key, entry);
    this.bytes += entry.body.byteLength;
    for (const [k, e] of this.entries) {
      if (this.entries.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.entries.delete(k);
      this.bytes -= e.body.byteLength;
    }
  }
}
