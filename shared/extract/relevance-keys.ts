/**
 * The word index of the relevance patterns: one pass over a text's words finds, for every list pattern at once,
 * the few word starts where it may match, and the pattern is then tried there alone (sticky) instead of scanning
 * the whole text (issue 12/18: one tokenisation per text, set look-ups instead of the big alternations). Counts
 * and matches are exactly those of the global pattern: every match of a list pattern starts at the start of a
 * word with an entry's first letters, so the starts found are a superset of where the global scan can match, and
 * trying them left to right from the end of the last match is what the global scan does.
 */

import { isWordCode, WORD_SPAN } from './lexicon/build.ts';
import { leadLength, topLevelBar } from './regex-source.ts';

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
interface Trie {
  root: Node;
  size: number;
  /** The trie as flat arrays, for the walk: built at the first walk after a pattern was registered. */
  flat: Flat | null;
  /** The starts found in recent texts (sentences are asked about several times, the whole text in between). */
  found: Map<string, Starts>;
}
type Starts = Array<number[] | undefined>;
const newTrie = (): Trie => ({ root: newNode(), size: 0, flat: null, found: new Map() });
const TRIES = { lower: newTrie(), exact: newTrie() };

interface Keyed {
  trie: Trie;
  id: number;
  /** The pattern, sticky: tried at one start; null when the pattern itself scans a text that has a start. */
  sticky: RegExp | null;
}
/** The registered patterns; a pattern not here (or with an entry that may start anywhere) scans the whole text. */
const KEYED = new WeakMap<RegExp, Keyed>();

function add(trie: Trie, word: string, into: 'whole' | 'prefix', id: number): void {
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
 * Where a match of an entry may start: a text word equal to (`whole`) or starting with (`prefix`) the returned
 * letters; null when it may start anywhere. A `/…/` entry's literal first letters count (less the last one when a
 * quantifier follows); a plain entry's first word is whole unless it is a stem.
 */
function entryKey(entry: string, suffix: boolean): { word: string; whole: boolean } | null {
  const e = entry.trim();
  if (e.length > 2 && e.startsWith('/') && e.endsWith('/')) {
    const source = e.slice(1, -1);
    if (topLevelBar(source)) return null;
    const n = leadLength(source);
    const next = source[n];
    if (next !== undefined && '?*+{'.includes(next))
      return n > 1 ? { word: source.slice(0, n - 1), whole: false } : null;
    return n === 0 ? null : { word: source.slice(0, n), whole: next === ' ' };
  }
  const first = e.split(/\s+/)[0] ?? '';
  const single = first.length === e.length;
  const n = leadLength(first);
  if (n === 0) return null;
  // A stem's letters go on; so may a single-word entry that the pattern lets take a short ending (`suffix`).
  const goesOn = (n === first.length - 1 && first.endsWith('*')) || (single && suffix && n === first.length);
  return { word: first.slice(0, n), whole: !goesOn };
}

/**
 * Registers a list pattern built from `entries` (as written into it: lower-cased for a lower-case pattern run on
 * lower-cased text). `suffix`: the pattern lets a single-word entry take a few more letters. `sticky: false` for
 * a pattern that costs V8 much to compile (the officials' names: some 80 ms a copy): a text with no start is then
 * answered at once, one with a start scanned by the pattern itself. A pattern with an entry that may start
 * anywhere (a leading sign, a `/…/` source with alternatives) is not registered.
 */
export function keyed(
  re: RegExp,
  entries: readonly string[],
  opts: { lowerCase: boolean; suffix?: boolean; sticky?: boolean },
): void {
  if (!re.global || re.flags.includes('i') || re.sticky) return;
  const keys = entries.map((e) => entryKey(e, opts.suffix ?? false));
  if (keys.some((k) => k === null)) return;
  const trie = opts.lowerCase ? TRIES.lower : TRIES.exact;
  const id = trie.size++;
  trie.found.clear();
  trie.flat = null;
  for (const k of keys) if (k) add(trie, k.word, k.whole ? 'whole' : 'prefix', id);
  KEYED.set(re, { trie, id, sticky: opts.sticky === false ? null : new RegExp(re.source, `${re.flags}y`) });
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
function startsIn(trie: Trie, text: string): Starts {
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

/**
 * Calls `fn` with each match of a global pattern in a text, as `re.exec` finds them from the start (stopping
 * when `fn` returns true, or at the first match when `first`); the pattern's own lastIndex is left alone. Returns
 * the number of matches seen.
 */
export function eachMatch(
  re: RegExp,
  text: string,
  fn?: (m: RegExpExecArray) => boolean | undefined,
  first = false,
): number {
  const k = KEYED.get(re);
  const starts = k ? startsIn(k.trie, text)[k.id] : undefined;
  if (k && !starts) return 0;
  if (!k || !starts) return scan(re, text, first ? () => true : fn);
  if (!k.sticky) return scanFrom(re, text, starts, first ? () => true : fn);
  const sticky = k.sticky;
  let n = 0;
  let end = 0;
  for (const at of starts) {
    if (at < end) continue;
    sticky.lastIndex = at;
    // Counting needs no match object: a sticky test leaves lastIndex at the match's end.
    if (!fn) {
      if (sticky.test(text)) {
        n++;
        if (first) break;
        end = Math.max(at + 1, sticky.lastIndex);
      }
      continue;
    }
    const m = sticky.exec(text);
    if (!m) continue;
    n++;
    end = at + Math.max(1, m[0].length);
    if (fn?.(m)) break;
  }
  return n;
}

/**
 * The pattern's own global scan, started at the first place it may match and after each match at the next such
 * place (no match can start in between): a pattern without a sticky copy skips the text before them.
 */
function scanFrom(
  re: RegExp,
  text: string,
  starts: readonly number[],
  fn?: (m: RegExpExecArray) => boolean | undefined,
): number {
  let n = 0;
  let end = 0;
  const from = re.lastIndex;
  for (const at of starts) {
    if (at < end) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) break;
    n++;
    end = m.index + Math.max(1, m[0].length);
    if (fn?.(m)) break;
  }
  re.lastIndex = from;
  return n;
}

/** The pattern's own global scan from the start (its lastIndex left as found). */
function scan(re: RegExp, text: string, fn?: (m: RegExpExecArray) => boolean | undefined): number {
  let n = 0;
  const from = re.lastIndex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
    if (fn?.(m)) break;
  }
  re.lastIndex = from;
  return n;
}

/** Whether a global pattern matches in a text at all. */
export function matches(re: RegExp, text: string): boolean {
  return eachMatch(re, text, undefined, true) > 0;
}
