/**
 * A per-text gate for word-list patterns: a pattern that starts with the left word boundary can only match where
 * a text's word starts, with the first letters of one of its entries. One pass over a text collects the first
 * one to three letters after every word start (case folded), and a registered pattern whose entries start with
 * none of them need not scan the text at all. Most sentences contain none of a list's words, so most of the
 * lists' scans (each a big case-insensitive alternation with Unicode boundaries) are skipped.
 *
 * Sound under the `i` flag: keys are compared case folded, the way a `u`+`i` pattern compares letters; a text
 * character whose lower case is not one character (`İ`) makes the text match every gate.
 */

import { fold } from './case-fold.ts';
import { isWordCode } from './lexicon/build.ts';
import { alternatives, closingParen } from './regex-source.ts';

/** The folded key of `len` code units of `s` from `at`, or null when one of them has no one-character fold. */
function keyAt(s: string, at: number, len: number): string | null {
  let k = '';
  for (let i = at; i < at + len; i++) {
    const f = fold(s.charCodeAt(i));
    if (f < 0) return null;
    k += String.fromCharCode(f);
  }
  return k;
}

/** The key of a plain entry: its first one to three letters or digits (none: null). */
function wordKey(t: string): string[] | null {
  let run = 0;
  while (run < 3 && run < t.length && isWordCode(t.charCodeAt(run))) run++;
  const key = run === 0 ? null : keyAt(t, 0, run);
  return key === null ? null : [key];
}

/**
 * Keys of a `/…/` entry: every string it matches starts with one of them. Read from a leading run of plain
 * letters (a letter under a quantifier ends the run before it) or a leading `(?:a|b)` group of such runs;
 * anything else (a class, an escape, an optional group first) gives null: the list is not gated.
 */
function sourceKeys(src: string): string[] | null {
  const alts = alternatives(src);
  if (alts === null) return null;
  const keys: string[] = [];
  for (const alt of alts) {
    if (alt.startsWith('(?:')) {
      const inner = closingParen(alt);
      if (inner < 0 || '?*{'.includes(alt[inner + 1] || '_')) return null;
      const sub = sourceKeys(alt.slice(3, inner));
      if (sub === null) return null;
      keys.push(...sub);
      continue;
    }
    let run = 0;
    while (run < alt.length && isWordCode(alt.charCodeAt(run))) run++;
    // "meetings?": the letter under the quantifier may be missing.
    if (run < alt.length && '?*{'.includes(alt[run] as string)) run--;
    const key = run <= 0 ? null : keyAt(alt, 0, Math.min(run, 3));
    if (key === null) return null;
    keys.push(key);
  }
  return keys;
}

/** A node of the key trie: the gate bits of the key ending here, and the keys one character longer. */
interface KeyNode {
  bits: number[];
  next: Map<number, KeyNode>;
}
/**
 * Keys as a trie on folded character codes, its first level an array by code: a text's word start is looked up
 * without building a key string (a gate is one bit of a word of the mask).
 */
const ROOTS: Array<KeyNode | undefined> = new Array(0x10000);
let gates = 0;

/**
 * The folded first one to three letters every match of a word list's pattern starts with (lexicon syntax, as
 * registerGate reads them), or null when an entry's are not known (see registerGate).
 */
export function entryKeys(entries: readonly string[]): Set<string> | null {
  const keys = new Set<string>();
  for (const e of entries) {
    const t = e.trim();
    const found =
      t.length > 2 && t.startsWith('/') && t.endsWith('/') ? sourceKeys(t.slice(1, -1)) : wordKey(t);
    if (found === null) return null;
    for (const k of found) keys.add(k);
  }
  return keys;
}

/**
 * Registers a word list whose pattern starts with the left word boundary (lexicon/build.ts) followed by one of
 * the entries (lexicon syntax). Returns the gate's number for `mayMatch`, or -1 when the list cannot be gated
 * (an entry written as a `/…/` pattern, or one not starting with a letter or digit).
 */
export function registerGate(entries: readonly string[]): number {
  const keys = entryKeys(entries);
  if (keys === null) return -1;
  const id = gates++;
  for (const k of keys) {
    const c0 = k.charCodeAt(0);
    const root = ROOTS[c0] ?? { bits: [], next: new Map<number, KeyNode>() };
    ROOTS[c0] = root;
    let node: KeyNode = root;
    for (let i = 1; i < k.length; i++) {
      const c = k.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { bits: [], next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    node.bits[id >> 5] = (node.bits[id >> 5] ?? 0) | (1 << (id & 31));
  }
  masks.clear();
  return id;
}

/** A text's gate mask, or null when every gate must pass. */
type Mask = number[] | null;
/** Masks of recent texts (bounded: cleared wholesale when full, and when a gate is added). */
const masks = new Map<string, Mask>();

function maskOf(s: string): Mask {
  const known = masks.get(s);
  if (known !== undefined) return known;
  let mask: Mask = [];
  for (let p = 0; p < s.length && mask !== null; p++) {
    // A match starts where the character before is no letter or digit of the word boundary.
    if (p > 0 && isWordCode(s.charCodeAt(p - 1))) continue;
    // Walk the key trie along the folded characters from here: no key starts with most characters (spaces,
    // punctuation, most letters), and no key string is built.
    const first = fold(s.charCodeAt(p));
    if (first < 0) {
      mask = null;
      break;
    }
    let node = ROOTS[first];
    for (let len = 1; node !== undefined; len++) {
      const bits = node.bits;
      for (let w = 0; w < bits.length; w++) mask[w] = (mask[w] ?? 0) | (bits[w] ?? 0);
      if (len === 3 || p + len >= s.length || node.next.size === 0) break;
      const f = fold(s.charCodeAt(p + len));
      if (f < 0) {
        mask = null;
        break;
      }
      node = node.next.get(f);
    }
  }
  if (masks.size >= 512) masks.clear();
  masks.set(s, mask);
  return mask;
}

/** False when no entry of the gate's list can start a match in the text; true when one may (or gate is -1). */
export function mayMatch(gate: number, text: string): boolean {
  if (gate < 0) return true;
  const mask = maskOf(text);
  return mask === null || (((mask[gate >> 5] ?? 0) >>> (gate & 31)) & 1) === 1;
}
