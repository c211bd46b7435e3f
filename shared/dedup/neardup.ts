import { hamming, jaccard, SHINGLE_SIZE, shingleHashes } from './content.ts';
import { bandHashes, LSH_BANDS, lshBandKeys, MINHASH_BINS, minhash } from './minhash.ts';

/**
 * Near-duplicate detection: LSH candidates, then the exact Jaccard similarity of 4-word shingle sets.
 *
 * Threshold: a re-post under a new URL with a changed headline and a few edits keeps ~0.8–0.9 of its
 * shingles; two different events whose articles share two whole sentences of figures (seeds 000/003) share
 * under 0.1. 0.5 sits well between and leaves room for a re-post with an added "Earlier, … reported" tail.
 */
export const NEAR_DUP_JACCARD = 0.5;
/** SimHashes further apart than this come from unrelated texts (expected distance at Jaccard 0.5 is ~17). */
const SIMHASH_UNRELATED = 32;

/** Jaccard similarity of two texts' 4-word shingle sets. */
export function nearDupSimilarity(a: string, b: string): number {
  return jaccard(shingleHashes(a), shingleHashes(b));
}

/**
 * Whether two article bodies are near-duplicates (the same article re-posted). SimHashes, when both are
 * known, only reject clearly unrelated pairs early; the verdict is the shingle Jaccard.
 */
export function isNearDuplicate(
  simA: string | null,
  simB: string | null,
  textA: string,
  textB: string,
): boolean {
  if (simA && simB && hamming(simA, simB) > SIMHASH_UNRELATED) return false;
  return nearDupSimilarity(textA, textB) >= NEAR_DUP_JACCARD;
}

/** The 21 LSH band keys of a text's MinHash signature (`mh<band>:<hash>`), for the store's multi-valued index. */
export function textBandKeys(text: string): string[] {
  return lshBandKeys(minhash(shingleHashes(text)));
}

/**
 * Band keys from a stored 64-bit SimHash (`sh<i><j>:<4 hex>`: every pair of its eight bytes). Two SimHashes
 * within 6 bits always share a key. Weaker than `textBandKeys` on edited copies (those differ by ~10 bits);
 * kept for callers that only have the SimHash.
 */
export function nearDupBandKeys(simhashHex: string): string[] {
  const bytes = simhashHex.match(/../g) ?? [];
  const keys: string[] = [];
  for (let i = 0; i < bytes.length; i++)
    for (let j = i + 1; j < bytes.length; j++) keys.push(`sh${i}${j}:${bytes[i]}${bytes[j]}`);
  return keys;
}

/** A near-duplicate found by `NearDupIndex.query`. */
export interface NearDupMatch {
  id: string;
  /** Exact Jaccard similarity of the shingle sets. */
  similarity: number;
}

/** How far below the threshold a signature estimate may fall before a candidate is skipped unverified. */
const SIGNATURE_MARGIN = 0.25;

/** Grows a typed array to at least `need` elements (doubling), keeping its contents. */
function ensure<T extends Uint32Array | Int32Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * In-memory near-duplicate index. `add` costs O(words); `query` looks only at texts sharing an LSH band
 * (sub-quadratic candidate generation), then verifies each candidate's exact Jaccard against the threshold.
 * Flat typed arrays (an open-addressing band table with linked member lists, one shingle pool) keep 100k
 * articles free of per-article objects and garbage-collector pauses.
 */
export class NearDupIndex {
  private readonly ids: string[] = [];
  /** All shingle sets, back to back; article d owns pool[offsets[d] .. offsets[d+1]). */
  private pool = new Uint32Array(1 << 16);
  private offsets = new Int32Array(1 << 10);
  /** Open-addressing table: band hash → most recent entry (doc * LSH_BANDS + band), -1 when empty. */
  private keys = new Uint32Array(1 << 12);
  private heads = new Int32Array(1 << 12).fill(-1);
  private used = 0;
  /** Per entry, the previous entry with the same band hash (-1 ends the list). */
  private next = new Int32Array(1 << 12);
  /** Per article, the number of the last query that saw it (dedups candidates without a Set). */
  private stamp = new Int32Array(1 << 10);
  /** Per article, its MinHash signature (MINHASH_BINS values): a cheap first look at a candidate. */
  private sigs = new Uint32Array(MINHASH_BINS << 10);
  private queries = 0;
  private verified = 0;

  constructor(private readonly threshold: number = NEAR_DUP_JACCARD) {}

  /** Number of texts indexed. */
  get size(): number {
    return this.ids.length;
  }

  /** How many candidate pairs `query` has verified so far (the cost LSH keeps sub-quadratic). */
  get candidatesVerified(): number {
    return this.verified;
  }

  /** Indexes a text under an id. */
  add(id: string, text: string): void {
    const sh = shingleHashes(text, SHINGLE_SIZE);
    const sig = minhash(sh);
    this.insert(id, sh, sig, bandHashes(sig));
  }

  /** Indexed texts whose Jaccard similarity with `text` reaches the threshold, most similar first. */
  query(text: string): NearDupMatch[] {
    const sh = shingleHashes(text, SHINGLE_SIZE);
    const sig = minhash(sh);
    return this.lookup(sh, sig, bandHashes(sig));
  }

  /** `query` then `add` in one pass over the text: the streaming "seen it before?" of an ingest run. */
  check(id: string, text: string): NearDupMatch[] {
    const sh = shingleHashes(text, SHINGLE_SIZE);
    const sig = minhash(sh);
    const hashes = bandHashes(sig);
    const found = this.lookup(sh, sig, hashes);
    this.insert(id, sh, sig, hashes);
    return found;
  }

  /** The table slot of a band hash: its own slot, or the empty slot where it would go. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = key & mask;
    while (this.heads[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2).fill(-1);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] === -1) continue;
      const j = this.slot(oldKeys[i] as number);
      this.keys[j] = oldKeys[i] as number;
      this.heads[j] = oldHeads[i] as number;
    }
  }

  private insert(id: string, sh: Uint32Array, sig: Uint32Array, hashes: Uint32Array): void {
    const doc = this.ids.length;
    this.ids.push(id);
    this.sigs = ensure(this.sigs, (doc + 1) * MINHASH_BINS, (n) => new Uint32Array(n));
    this.sigs.set(sig.subarray(0, MINHASH_BINS), doc * MINHASH_BINS);
    this.offsets = ensure(this.offsets, doc + 2, (n) => new Int32Array(n));
    const from = this.offsets[doc] as number;
    this.pool = ensure(this.pool, from + sh.length, (n) => new Uint32Array(n));
    this.pool.set(sh, from);
    this.offsets[doc + 1] = from + sh.length;
    this.stamp = ensure(this.stamp, doc + 1, (n) => new Int32Array(n));
    this.next = ensure(this.next, (doc + 1) * LSH_BANDS, (n) => new Int32Array(n));
    for (let b = 0; b < LSH_BANDS; b++) {
      if ((this.used + 1) * 2 > this.keys.length) this.rehash();
      const key = hashes[b] as number;
      const i = this.slot(key);
      const entry = doc * LSH_BANDS + b;
      if (this.heads[i] === -1) {
        this.keys[i] = key;
        this.used++;
      }
      this.next[entry] = this.heads[i] as number;
      this.heads[i] = entry;
    }
  }

  /** Exact Jaccard of a shingle set with stored article `doc`. */
  private similarityTo(sh: Uint32Array, doc: number): number {
    return jaccard(sh, this.pool.subarray(this.offsets[doc] as number, this.offsets[doc + 1] as number));
  }

  /**
   * Whether a candidate is clearly too different to verify: its MinHash signature agrees with the query's in
   * far fewer bins than the threshold needs. The margin (4 standard errors of a 64-bin estimate) keeps true
   * near-duplicates from being skipped; it only spares the exact Jaccard for band collisions.
   */
  private clearlyDifferent(sig: Uint32Array, doc: number): boolean {
    const base = doc * MINHASH_BINS;
    let agree = 0;
    for (let k = 0; k < MINHASH_BINS; k++) if (this.sigs[base + k] === sig[k]) agree++;
    return agree / MINHASH_BINS < this.threshold - SIGNATURE_MARGIN;
  }

  private lookup(sh: Uint32Array, sig: Uint32Array, hashes: Uint32Array): NearDupMatch[] {
    const q = ++this.queries;
    const found: NearDupMatch[] = [];
    for (let b = 0; b < LSH_BANDS; b++) {
      const i = this.slot(hashes[b] as number);
      for (let e = this.heads[i] as number; e !== -1; e = this.next[e] as number) {
        const doc = Math.floor(e / LSH_BANDS);
        if (this.stamp[doc] === q) continue;
        this.stamp[doc] = q;
        if (this.clearlyDifferent(sig, doc)) continue;
        this.verified++;
        const similarity = this.similarityTo(sh, doc);
        if (similarity >= this.threshold) found.push({ id: this.ids[doc] as string, similarity });
      }
    }
    return found.sort((x, y) => y.similarity - x.similarity || (x.id < y.id ? -1 : 1));
  }
}
