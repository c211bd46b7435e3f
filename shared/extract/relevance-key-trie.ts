/**
 * The trie of ./relevance-keys.ts: the first words of every registered pattern's entries, flattened into a table
 * for the walk that finds, in one pass over a text's words, where each pattern may start.
 */

import { isWordCode, WORD_SPAN } from './lexicon/build.ts';

/** A trie of the entries' first words; a node lists the patterns whose entry's first word may end (or go on) here. */
interface Node {
  next: Map<number, Node>;
  /** Patterns with an entry whose first word is exactly the letters so far (a literal non-word character follows). */
  whole: number[];
  /** Patterns with an entry whose first word starts with the letters so far (a stem, or a pattern going on). */
  prefix: number[];
}
const newNode = (): Node => ({ next: new Map(), whole: [], prefix: [] });

/** Lower-case patterns are walked on lower-cased text, the others on the text as written. */
export interface Trie {
  root: Node;
  size: number;
  /** The trie as flat arrays, for the walk: built at the first walk after a pattern was registered. */
  flat: Flat | null;
  /** The starts found in recent texts (sentences are asked about several times, the whole text in between). */
  found: Map<string, Starts>;
}
type Starts = Array<number[] | undefined>;
/** An empty trie. */
export const newTrie = (): Trie => ({ root: newNode(), size: 0, flat: null, found: new Map() });

/** Adds a first word to a trie: the pattern `id` may start where a text word is (or starts with) it. */
export function add(trie: Trie, word: string, into: 'whole' | 'prefix', id: number): void {
  let node = trie.root;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let next = node.next.get(c);
    if (!next) {
      next = newNode();
      node.next.set(c, next);
    }
    node = next;
  }
  if (!node[into].includes(id)) node[into].push(id);
}

/**
 * The trie as the walk reads it: a letter's column in a table of children (two array loads a letter, where a
 * `Map` per node cost most of the walk), and for each node the patterns a word reaching it may start, so a word
 * notes each of its patterns once instead of at every node it passes.
 */
interface Flat {
  /** The column of each character code of the covered scripts; 0 for a character no entry has. */
  column: Uint16Array;
  width: number;
  /** The child of a node by column (`node * width + column`); 0 for none (the root is no one's child). */
  child: Int32Array;
  /** Patterns of a word that goes on past the node: the stems (and going-on entries) along its path. */
  passing: Array<number[] | null>;
  /** Patterns of a word that ends at the node: those, and the whole entries ending here. */
  ending: Array<number[] | null>;
}

/** Builds the flat form of a trie (node 0 is the root, the others numbered breadth first). */
function flatten(trie: Trie): Flat {
  const nodes: Node[] = [trie.root];
  const parents: number[] = [-1];
  const column = new Uint16Array(WORD_SPAN);
  let width = 1;
  for (let k = 0; k < nodes.length; k++) {
    for (const [c, next] of (nodes[k] as Node).next) {
      // The walk reads word characters only (below WORD_SPAN), as an entry's first word is made of.
      if (!isWordCode(c)) continue;
      if (column[c] === 0) column[c] = width++;
      nodes.push(next);
      parents.push(k);
    }
  }
  const ids = new Map<Node, number>(nodes.map((n, k) => [n, k]));
  const child = new Int32Array(nodes.length * width);
  const passing: Array<number[] | null> = new Array(nodes.length).fill(null);
  const ending: Array<number[] | null> = new Array(nodes.length).fill(null);
  for (const [k, node] of nodes.entries()) {
    for (const [c, next] of node.next) {
      if (isWordCode(c)) child[k * width + (column[c] as number)] = ids.get(next) as number;
    }
    if (k === 0) continue;
    const pass = [...new Set([...(passing[parents[k] as number] ?? []), ...node.prefix])];
    const end = [...new Set([...pass, ...node.whole])];
    passing[k] = pass.length > 0 ? pass : null;
    ending[k] = end.length > 0 ? end : null;
  }
  return { column, width, child, passing, ending };
}

/** The starts of every registered pattern of a trie in a text: one walk along its words. */
export function startsIn(trie: Trie, text: string): Starts {
  const known = trie.found.get(text);
  if (known) return known;
  trie.flat ??= flatten(trie);
  const { column, width, child, passing, ending } = trie.flat;
  const starts: Starts = new Array(trie.size);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isWordCode(text.charCodeAt(i))) continue;
    // Down the trie while the word's letters are in it, then on to the word's end.
    let node = 0;
    let p = i;
    for (; p < n; p++) {
      const c = text.charCodeAt(p);
      if (!isWordCode(c)) break;
      const next = child[node * width + (column[c] as number)] as number;
      if (next === 0) break;
      node = next;
    }
    let end = p;
    while (end < n && isWordCode(text.charCodeAt(end))) end++;
    const found = end === p ? ending[node] : passing[node];
    if (found) {
      for (const id of found) {
        const list = starts[id];
        if (list) list.push(i);
        else starts[id] = [i];
      }
    }
    i = end;
  }
  if (trie.found.size >= 256) trie.found.clear();
  trie.found.set(text, starts);
  return starts;
}
