import { createHash } from 'node:crypto';

/**
 * Content fingerprints: exact-duplicate hash, word shingles and a 64-bit SimHash with LSH band keys.
 * Pure functions, no I/O; the tokenizer handles Latin and Cyrillic alike (Unicode letter classes).
 */

/** Words per shingle used to verify near-duplicates (long enough that shared boilerplate stays small). */
export const SHINGLE_SIZE = 4;

/**
 * Text for hashing: Unicode-normalised, lowercase, `ё`→`е`, every run of non-letters/digits one space. Two
 * copies that differ only in typography (quotes, dashes, spacing, case) normalise equal.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Which UTF-16 code units are word characters (Unicode letters and digits, Latin, Cyrillic, CJK alike):
 * a table, because Unicode-class regexes cost ~40 µs per article and tokenizing is the bulk of the work.
 */
const WORD_CHAR = (() => {
  const table = new Uint8Array(65536);
  const re = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 65536; c++)
    if ((c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();
const YO = 0x451;
const YE = 0x435;

/** Word tokens of the text: lowercase, `ё`→`е`, split at every non-letter/digit (Cyrillic-aware). */
export function tokenize(text: string): string[] {
  // ё→е on the whole text, not per word: one letter for another, so the words and their bounds are the same
  const s = text.normalize('NFKC').toLowerCase().replace(/ё/g, 'е');
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const word = i < s.length && WORD_CHAR[s.charCodeAt(i)] === 1;
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** FNV-1a hash (32 bits) of each word of the text, as `tokenize` splits it, without building strings. */
function wordHashes(text: string): Uint32Array {
  const s = text.normalize('NFKC').toLowerCase();
  let out = new Uint32Array(Math.max(16, s.length >> 3));
  let n = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (WORD_CHAR[c] === 1) {
      if (c === YO) c = YE;
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      if (n === out.length) out = grow(out);
      out[n++] = h >>> 0;
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) {
    if (n === out.length) out = grow(out);
    out[n++] = h >>> 0;
  }
  return out.subarray(0, n);
}

function grow(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/** sha256 (hex) of the normalised text: the exact-duplicate key. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex');
}

/** Murmur3's 32-bit finaliser: spreads every input bit over the output. */
function fmix(x: number): number {
  let h = x;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The distinct hashes of the text's k-word shingles, sorted ascending (32-bit each). A text shorter than k
 * words is one shingle.
 */
export function shingleHashes(text: string, k: number = SHINGLE_SIZE): Uint32Array {
  const words = wordHashes(text);
  if (words.length === 0) return new Uint32Array(0);
  const n = Math.max(1, words.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    const end = Math.min(i + k, words.length);
    for (let j = i; j < end; j++) h = Math.imul(h ^ (words[j] as number), 0x01000193);
    out[i] = fmix(h);
  }
  out.sort();
  let w = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i] as number;
  return out.slice(0, w);
}

/** Jaccard similarity |A∩B| / |A∪B| of two sorted, distinct hash arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

/** 64-bit SimHash as two 32-bit halves, from sorted shingle hashes. */
function simhashWords(shingles: Uint32Array): [number, number] {
  const counts = new Int32Array(64);
  for (const s of shingles) {
    const lo = fmix(s ^ 0x5bd1e995);
    const hi = fmix(s ^ 0x1b873593);
    for (let b = 0; b < 32; b++) {
      counts[b] = (counts[b] as number) + (((lo >>> b) & 1) * 2 - 1);
      counts[b + 32] = (counts[b + 32] as number) + (((hi >>> b) & 1) * 2 - 1);
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if ((counts[b] as number) > 0) lo |= 1 << b;
    if ((counts[b + 32] as number) > 0) hi |= 1 << b;
  }
  return [hi >>> 0, lo >>> 0];
}

/** 16 hex digits of a 64-bit value given as halves. */
function hex64(hi: number, lo: number): string {
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** SimHash (64 bits, 16 lowercase hex digits) of a text over its word shingles. */
export function simhash(text: string): string {
  const [hi, lo] = simhashWords(shingleHashes(text, 3));
  return hex64(hi, lo);
}

/** SimHash from already computed 3-word shingle hashes (what `simhash` does after tokenizing). */
export function simhashOf(shingles3: Uint32Array): string {
  const [hi, lo] = simhashWords(shingles3);
  return hex64(hi, lo);
}

/** Number of differing bits between two 16-hex-digit SimHashes. */
export function hamming(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (Number.parseInt(a.slice(i, i + 8), 16) ^ Number.parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}
