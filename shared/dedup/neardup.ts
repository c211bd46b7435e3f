import { hamming, jaccard, SHINGLE_SIZE, shingleHashes } from './content.ts';
import { bandHashes, LSH_BANDS, lshBandKeys, minhash } from './minhash.ts';

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

/** LSH band keys of a text's MinHash signature (`mh<band>:<hash>`), for the store's multi-valued index. */
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

/**
 * In-memory near-duplicate index. `add` costs O(words); `query` looks only at texts sharing an LSH band
 * (sub-quadratic candidate generation), then verifies each candidate's exact Jaccard against the threshold.
 */
export class NearDupIndex {
  private readonly ids: string[] = [];
  private readonly shingles: Uint32Array[] = [];
  private readonly bands: Array<Map<number, number[]>> = Array.from({ length: LSH_BANDS }, () => new Map());
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
    this.insert(id, sh, bandHashes(minhash(sh)));
  }

  /** Indexed texts whose Jaccard similarity with `text` reaches the threshold, most similar first. */
  query(text: string): NearDupMatch[] {
    const sh = shingleHashes(text, SHINGLE_SIZE);
    return this.lookup(sh, bandHashes(minhash(sh)));
  }

  /** `query` then `add` in one pass over the text: the streaming "seen it before?" of an ingest run. */
  check(id: string, text: string): NearDupMatch[] {
    const sh = shingleHashes(text, SHINGLE_SIZE);
    const hashes = bandHashes(minhash(sh));
    const found = this.lookup(sh, hashes);
    this.insert(id, sh, hashes);
    return found;
  }

  private insert(id: string, sh: Uint32Array, hashes: Uint32Array): void {
    const doc = this.ids.length;
    this.ids.push(id);
    this.shingles.push(sh);
    for (let b = 0; b < LSH_BANDS; b++) {
      const map = this.bands[b] as Map<number, number[]>;
      const key = hashes[b] as number;
      const bucket = map.get(key);
      if (bucket) bucket.push(doc);
      else map.set(key, [doc]);
    }
  }

  private lookup(sh: Uint32Array, hashes: Uint32Array): NearDupMatch[] {
    const seen = new Set<number>();
    const found: NearDupMatch[] = [];
    for (let b = 0; b < LSH_BANDS; b++) {
      for (const doc of (this.bands[b] as Map<number, number[]>).get(hashes[b] as number) ?? []) {
        if (seen.has(doc)) continue;
        seen.add(doc);
        this.verified++;
        const similarity = jaccard(sh, this.shingles[doc] as Uint32Array);
        if (similarity >= this.threshold) found.push({ id: this.ids[doc] as string, similarity });
      }
    }
    return found.sort((x, y) => y.similarity - x.similarity || (x.id < y.id ? -1 : 1));
  }
}
