/**
 * A word-list finder that tries its pattern only where a match can start: at a word start whose folded letters
 * begin as an entry's key does. A big case-insensitive alternation scanned over a whole sentence tries every
 * entry at every offset; here the words are walked once and the pattern, sticky, is tried at the few offsets a
 * key fits, which finds the same matches in the same order (a global scan's leftmost match is at one of those
 * offsets, and it resumes from that match's end as this does).
 *
 * A plain entry's key is its whole leading run of letters and digits (a stem up to its `*`), not only the
 * first three (word-keys.ts): with three, "china" and "kazakhstan" passed for "chimkent" and "kazan", and most
 * sticky tries of the big lists failed (issue 12: four tries in five, each a few hundred alternatives).
 */

import { fold } from './case-fold.ts';
import { execAll } from './exec-all.ts';
import { alternation, isWordCode, WB_END, WB_START } from './lexicon/build.ts';
import { isPatternEntry } from './literal-hint.ts';
import type { PhraseMatch } from './phrases.ts';
import { entryKeys } from './word-keys.ts';

/**
 * The folded keys every match of the entries starts with: a plain entry's leading run of letters and digits
 * (escaped literally by fragment(), lexicon/build.ts, so every match of it starts with them), cut before a
 * letter that folds to several; a `/…/` entry's keys as word-keys.ts reads them. Null when one is unknown.
 */
export function longKeys(entries: readonly string[]): Set<string> | null {
  const keys = new Set<string>();
  for (const entry of entries) {
    const t = entry.trim();
    if (isPatternEntry(t)) {
      const found = entryKeys([t]);
      if (found === null) return null;
      for (const k of found) keys.add(k);
      continue;
    }
    let k = '';
    for (let i = 0; i < t.length && isWordCode(t.charCodeAt(i)); i++) {
      const f = fold(t.charCodeAt(i));
      if (f < 0) break;
      k += String.fromCharCode(f);
    }
    if (k === '') return null;
    keys.add(k);
  }
  return keys;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Keys as a trie of folded character codes, flattened into a table for the look-up at every word start: a
 * letter's column, then the child by node and column (two array loads a letter, where a `Map` per node was
 * most of the look-up's cost). A word start is looked up without building a key string.
 */
interface KeyTable {
  /** The column of each folded code that some key has (0: none; codes past the end: none). */
  column: Uint16Array;
  width: number;
  /** The child of a node by column (`node * width + column`); 0 for none (the root, 0, is no one's child). */
  child: Int32Array;
  /** 1 where a key ends at the node. */
  end: Uint8Array;
}

function keyTable(keys: Set<string>): KeyTable {
  // The trie as nested maps first, numbered breadth first below.
  interface KeyNode {
    end: boolean;
    next: Map<number, KeyNode>;
  }
  const root: KeyNode = { end: false, next: new Map() };
  let top = 0;
  for (const k of keys) {
    let node = root;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      top = Math.max(top, c);
      let child = node.next.get(c);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    node.end = true;
  }
  const column = new Uint16Array(top + 1);
  let width = 1;
  const nodes: KeyNode[] = [root];
  for (let k = 0; k < nodes.length; k++) {
    for (const [c, next] of (nodes[k] as KeyNode).next) {
      if (column[c] === 0) column[c] = width++;
      nodes.push(next);
    }
  }
  const ids = new Map(nodes.map((n, k) => [n, k]));
  const child = new Int32Array(nodes.length * width);
  const end = new Uint8Array(nodes.length);
  for (const [k, node] of nodes.entries()) {
    end[k] = node.end ? 1 : 0;
    for (const [c, next] of node.next) child[k * width + (column[c] as number)] = ids.get(next) as number;
  }
  return { column, width, child, end };
}

/** True when a key starts at `at` in the text (folded as a `u`+`i` pattern compares letters). */
function keyAt(table: KeyTable, text: string, at: number): boolean {
  const { column, width, child, end } = table;
  let node = 0;
  for (let i = at; i < text.length; i++) {
    const f = fold(text.charCodeAt(i));
    // A character that folds to several is compared by the pattern itself.
    if (f < 0) return true;
    const col = f < column.length ? (column[f] as number) : 0;
    node = col === 0 ? 0 : (child[node * width + col] as number);
    if (node === 0) return false;
    if (end[node] === 1) return true;
  }
  return false;
}

/**
 * Every match of `source`, in order, as a global scan with `flags` finds them, for a pattern each of whose
 * matches starts at a word start with one of `entries` (lexicon syntax, each written out literally or as a
 * stem, as fragment() builds them): tried only where a key of those fits.
 * Unknown keys (an entry written as an unreadable `/…/` pattern): the whole text is scanned.
 */
export function keyedMatcher(
  source: string,
  flags: string,
  entries: readonly string[],
): (text: string) => RegExpExecArray[] {
  const keys = longKeys(entries);
  const table = keys === null ? null : keyTable(keys);
  const global = new RegExp(source, `g${flags}`);
  if (table === null) return (text) => execAll(global, text);
  const sticky = new RegExp(source, `y${flags}`);
  return (text) => {
    const out: RegExpExecArray[] = [];
    for (let at = 0; at < text.length; at++) {
      // A match starts at a word start (WB_START): the character before is no letter or digit.
      if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
      // A global `u` scan never starts inside a surrogate pair.
      if (at > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) continue;
      if (!keyAt(table, text, at)) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      out.push(m);
      // The scan goes on after the match, as a global one does.
      if (m[0].length > 0) at += m[0].length - 1;
    }
    return out;
  };
}

/**
 * Finds the entries (lexicon syntax) as whole words, like phraseFinder with the same entries and `tail`: the
 * same matches, found by `keyedMatcher`.
 */
export function keyedFinder(
  entries: readonly string[],
  opts: { tail?: string } = {},
): (text: string) => PhraseMatch[] {
  // `tail` is appended before the word boundary (a case ending), as phraseFinder takes it.
  const find = keyedMatcher(`${WB_START}${alternation(entries)}${opts.tail ?? ''}${WB_END}`, 'iu', entries);
  return (text) => find(text).map((m) => ({ at: m.index, end: m.index + m[0].length, text: m[0] }));
}
