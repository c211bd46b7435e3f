/**
 * The clusterer's (participant, day) index: clusters by the name tokens of their members' participants and
 * the first day of each member's event window. A report looks up its own tokens, the indexed tokens within
 * one edit of them (found through their one-letter deletions, so an index entry is one token, not its
 * variants) and initials; it meets every cluster with a member whose name `namesMatch` one of its names,
 * plus others the caller's exact checks drop.
 */

/** Longest event window (days): an entry on a window's first day covers the window. */
const WINDOW_SPAN = 2;
/** Tokens this long may match within one edit (`names.ts`, `tokensMatch`). */
const FUZZY_LENGTH = 5;

/** Index key of every member (a report without people may join anyone). */
export const ANY = '*';
/** Index key of members without people (anyone may join them). */
export const NOBODY = 'N';

/** The token and its one-letter deletions: two tokens within one edit share one of these. */
function variants(t: string): string[] {
  const out = [t];
  for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
  return out;
}

/** Index keys of a participant list: each whole token (`T`) and its initial (`F`), each initial (`I`). */
export function indexKeys(people: readonly (readonly string[])[]): string[] {
  const out = new Set<string>();
  for (const tokens of people)
    for (const t of tokens) {
      if (t.length === 1) out.add(`I${t}`);
      else {
        out.add(`T${t}`);
        out.add(`F${t[0]}`);
      }
    }
  return [...out];
}

/** Clusters (any value type) by participant key and window day. */
export class PersonDayIndex<C> {
  private readonly byKey = new Map<string, Map<number, C[]>>();
  /** Deletion variant → indexed tokens that have it (tokens long enough to match within one edit). */
  private readonly vocab = new Map<string, string[]>();
  private readonly seen = new Set<string>();

  /** Indexes a cluster under keys on the first day of a member's window. */
  add(keys: readonly string[], day: number, c: C): void {
    for (const k of keys) {
      let days = this.byKey.get(k);
      if (!days) {
        days = new Map();
        this.byKey.set(k, days);
        if (k[0] === 'T' && k.length > FUZZY_LENGTH && !this.seen.has(k)) {
          this.seen.add(k);
          const token = k.slice(1);
          for (const v of variants(token)) {
            const list = this.vocab.get(v);
            if (list) list.push(token);
            else this.vocab.set(v, [token]);
          }
        }
      }
      const list = days.get(day);
      if (!list) days.set(day, [c]);
      else if (list[list.length - 1] !== c) list.push(c);
    }
  }

  /** The keys a participant list finds: its tokens and indexed tokens one edit away, initials crosswise. */
  lookupKeys(people: readonly (readonly string[])[]): string[] {
    const out = new Set<string>();
    for (const tokens of people)
      for (const t of tokens) {
        if (t.length === 1) {
          out.add(`F${t}`);
          continue;
        }
        out.add(`T${t}`);
        out.add(`I${t[0]}`);
        if (t.length < FUZZY_LENGTH) continue;
        for (const v of variants(t)) for (const u of this.vocab.get(v) ?? []) out.add(`T${u}`);
      }
    return [...out];
  }

  /** Calls `visit` for each cluster under the keys with a member window within `gap` days of [lo, hi]. */
  query(keys: readonly string[], lo: number, hi: number, gap: number, visit: (c: C) => void): void {
    for (const k of keys) {
      const days = this.byKey.get(k);
      if (!days) continue;
      for (let d = lo - gap - WINDOW_SPAN; d <= hi + gap; d++) {
        const list = days.get(d);
        if (list) for (const c of list) visit(c);
      }
    }
  }
}
