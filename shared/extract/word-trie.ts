/**
 * The tries of ./word-index.ts: the plain entries of every registered list by character, packed into typed arrays
 * for the walk along a text's words (./word-walk.ts).
 */

/** A trie of the plain entries of every registered list, walked once along each word of a text. */
export interface Node {
  /**
   * Children by character code, in two parallel arrays: a node has a handful of children, and a short linear
   * search costs less than a Map look-up at every letter of every word.
   */
  codes: number[];
  kids: Node[];
  /** Lists with an entry ending here (a whole word), a stem ending here, a longer entry's first word starting so. */
  exact: number[];
  stem: number[];
  key: number[];
}
const newNode = (): Node => ({ codes: [], kids: [], exact: [], stem: [], key: [] });
/** Case-insensitive lists read lower-cased text; case-sensitive ones (acronyms) the text as written. */
export const TRIES = { lower: newNode(), exact: newNode() };
/** How many lists are registered (the ids given so far). */
export let listCount = 0;

/** The child of a node for a character code. */
function child(node: Node, c: number): Node | undefined {
  const codes = node.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === c) return node.kids[k];
  return undefined;
}

/** Adds an entry (or a longer entry's first word) of list `id` to a trie. */
export function add(root: Node, word: string, into: 'exact' | 'stem' | 'key', id: number): void {
  let node = root;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let next = child(node, c);
    if (!next) {
      next = newNode();
      node.codes.push(c);
      node.kids.push(next);
    }
    node = next;
  }
  if (!node[into].includes(id)) node[into].push(id);
}

/** First letters below this code (Latin, Greek, Cyrillic) are looked up in a table. */
export const ROOT_SPAN = 0x530;

/**
 * A trie packed into typed arrays for the walk: node 0 is the root, node n's children are at [start[n],
 * start[n+1]) of `code`/`kid`. The trie as objects lay scattered over the heap, and each article's walk, run
 * between the other rules, waited on memory: 20–40 times the time of the same walk with the trie in cache.
 */
export interface Packed {
  /** The root's child by first letter (below ROOT_SPAN), or -1. */
  table: Int32Array;
  start: Int32Array;
  code: Uint16Array;
  kid: Int32Array;
  /** Whether any list has a key, stem or whole entry at the node (its `Node` then says which). */
  marked: Uint8Array;
  nodes: Node[];
}
const PACKED = new Map<Node, { count: number; packed: Packed }>();

/** The packed form of a trie, rebuilt when a list was registered since. */
export function packed(root: Node): Packed {
  const cached = PACKED.get(root);
  if (cached && cached.count === listCount) return cached.packed;
  const nodes: Node[] = [root];
  for (let n = 0; n < nodes.length; n++) nodes.push(...(nodes[n]?.kids ?? []));
  const index = new Map(nodes.map((node, n) => [node, n]));
  const start = new Int32Array(nodes.length + 1);
  const code: number[] = [];
  const kid: number[] = [];
  nodes.forEach((node, n) => {
    start[n] = code.length;
    node.codes.forEach((c, k) => {
      code.push(c);
      kid.push(index.get(node.kids[k] as Node) ?? -1);
    });
  });
  start[nodes.length] = code.length;
  const table = new Int32Array(ROOT_SPAN).fill(-1);
  root.codes.forEach((c, k) => {
    if (c < ROOT_SPAN) table[c] = index.get(root.kids[k] as Node) ?? -1;
  });
  const marked = Uint8Array.from(nodes, (node) =>
    node.key.length + node.stem.length + node.exact.length > 0 ? 1 : 0,
  );
  const result = {
    table,
    start,
    code: Uint16Array.from(code),
    kid: Int32Array.from(kid),
    marked,
    nodes,
  };
  PACKED.set(root, { count: listCount, packed: result });
  return result;
}

/** The child of packed node `n` for a character code, or -1. */
export function childAt(trie: Packed, n: number, c: number): number {
  const end = trie.start[n + 1] ?? 0;
  for (let k = trie.start[n] ?? 0; k < end; k++) if (trie.code[k] === c) return trie.kid[k] ?? -1;
  return -1;
}

/** A new list's id: the lists registered so far are counted (a packed trie and a walk's answers are sized by it). */
export function nextListId(): number {
  return listCount++;
}
