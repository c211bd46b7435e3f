/**
 * "Does any entry of this list occur as a whole word?" answered from the text's words, read once per text and
 * shared by every list asked about it, instead of one scan of the whole text per list (issue 12: topics and
 * frameworks ran some thirty whole-article patterns, a third of extraction time). The answer is exactly that of
 * `wordsRegex(entries, opts).test(text)` (lexicon/build.ts): a word is a maximal run of the boundary's letters
 * and digits, an entry a whole run, a stem a run's start followed by letters only. Entries that are not one
 * plain word (several words, hyphens, `/…/` sources) are left to their own pattern, run only when some word of
 * the text starts as they do.
 */
import { isWordCode, wordsRegex } from './lexicon/build.ts';

const allWord = (s: string): boolean => [...s].every((ch) => isWordCode(ch.charCodeAt(0)) && ch.length === 1);
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Characters where a case-insensitive pattern and lower-casing disagree (found by testing every code point
 * against the boundary class and every lower-case letter under the `iu` flags): a text with one of them is
 * answered by the pattern itself. None occurs in news prose (micro sign, long s, Kelvin sign, Greek symbols…).
 */
const ODD_FOLD =
  /\u0345|[\u00B5\u0130\u017F\u03C2\u03D0\u03D1\u03D5\u03D6\u03F0\u03F1\u03F5\u1C80-\u1C88\u1E9B\u1FBE\u1FD3\u1FE3\u2126\u212A\u212B\u2C62-\u2C7F\uA78D-\uA7DC]/;
/**
 * The characters of `ODD_FOLD` by code unit (all of them lie below U+A7DD, none below U+00B5), and the two letters
 * whose lower case leaves the boundary's letters (Ⱥ, Ⱦ become U+2C65, U+2C66): the lower-cased text would split
 * into other words than the text, which the walk of both tries at once reads as one.
 */
const ODD_TABLE = Uint8Array.from({ length: 0xa7dd }, (_, c) =>
  ODD_FOLD.test(String.fromCharCode(c)) || c === 0x23a || c === 0x23e ? 1 : 0,
);
/**
 * `ODD_TABLE` asked of every character code by one loop: most of them are below U+00B5 and cost one test. A text
 * it flags goes to the slow, exact path (word-starts.ts also falls back to its one big pattern there).
 */
export function hasOddFold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xb5 && c < 0xa7dd && ODD_TABLE[c] === 1) return true;
  }
  return false;
}
/** Letters an entry may be made of to be looked up as a word (plain Latin, Latin-1, Latin extended, Cyrillic). */
const SAFE_WORD = /^[0-9a-z\u00C0-\u017E\u0180-\u024F\u0400-\u052F]+$/;

/** A trie of the plain entries of every registered list, walked once along each word of a text. */
interface Node {
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
const TRIES = { lower: newNode(), exact: newNode() };
let listCount = 0;

/** The child of a node for a character code. */
function child(node: Node, c: number): Node | undefined {
  const codes = node.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === c) return node.kids[k];
  return undefined;
}

function add(root: Node, word: string, into: 'exact' | 'stem' | 'key', id: number): void {
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

/** What the lists found in one text: whose entries matched, and where longer entries of a list may start. */
interface Found {
  matched: Uint8Array;
  /** Starts of the words that begin as a longer entry of the list does, by list. */
  starts: (number[] | undefined)[];
}

/** First letters below this code (Latin, Greek, Cyrillic) are looked up in a table. */
const ROOT_SPAN = 0x530;

/**
 * A trie packed into typed arrays for the walk: node 0 is the root, node n's children are at [start[n],
 * start[n+1]) of `code`/`kid`. The trie as objects lay scattered over the heap, and each article's walk, run
 * between the other rules, waited on memory: 20–40 times the time of the same walk with the trie in cache.
 */
interface Packed {
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
function packed(root: Node): Packed {
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
function childAt(trie: Packed, n: number, c: number): number {
  const end = trie.start[n + 1] ?? 0;
  for (let k = trie.start[n] ?? 0; k < end; k++) if (trie.code[k] === c) return trie.kid[k] ?? -1;
  return -1;
}

const newFound = (): Found => ({ matched: new Uint8Array(listCount), starts: [] });

/** The lists one trie finds along the words of a text. */
function walk(root: Node, text: string): Found {
  const found = newFound();
  const trie = packed(root);
  for (let i = 0; i < text.length; i++) {
    if (!isWordCode(text.charCodeAt(i))) continue;
    const end = wordEnd(text, i);
    walkWord(trie, text, i, end, lastDigitOf(text, i, end), found);
    i = end;
  }
  return found;
}

/**
 * Both tries in one pass: the words of the text are found once and looked up as written and lower-cased
 * (`lower` has the text's length and word boundaries, see `ODD_TABLE`). Most words start as no acronym does, and
 * skip the case-sensitive trie after one table look-up.
 */
function walkBoth(text: string, lower: string): { lower: Found; exact: Found } {
  const lowerFound = newFound();
  const exactFound = newFound();
  const lowerTrie = packed(TRIES.lower);
  const exactTrie = packed(TRIES.exact);
  for (let i = 0; i < text.length; i++) {
    if (!isWordCode(text.charCodeAt(i))) continue;
    const end = wordEnd(text, i);
    const lastDigit = lastDigitOf(text, i, end);
    walkWord(lowerTrie, lower, i, end, lastDigit, lowerFound);
    const c0 = text.charCodeAt(i);
    if (c0 >= ROOT_SPAN || exactTrie.table[c0] !== -1)
      walkWord(exactTrie, text, i, end, lastDigit, exactFound);
    i = end;
  }
  return { lower: lowerFound, exact: exactFound };
}

/** The end of the word starting at `i`. */
function wordEnd(text: string, i: number): number {
  let end = i + 1;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  return end;
}

/** The position of the last digit of the word [i, end), or -1. */
function lastDigitOf(text: string, i: number, end: number): number {
  for (let p = end - 1; p >= i; p--) if (isDigitCode(text.charCodeAt(p))) return p;
  return -1;
}

/** Records what one word [i, end) of `text` matches in a trie. */
function walkWord(trie: Packed, text: string, i: number, end: number, lastDigit: number, found: Found): void {
  // Most words start as no entry does: the first letter is looked up in the root's table.
  const c0 = text.charCodeAt(i);
  let n = c0 < ROOT_SPAN ? (trie.table[c0] ?? -1) : childAt(trie, 0, c0);
  for (let p = i; p < end && n >= 0; ) {
    if (trie.marked[n] === 1) record(trie.nodes[n] as Node, i, p, end, lastDigit, found);
    p++;
    n = p < end ? childAt(trie, n, text.charCodeAt(p)) : -1;
  }
}

/** What the lists of a node say about the word [i, end) read up to `p`. */
function record(node: Node, i: number, p: number, end: number, lastDigit: number, found: Found): void {
  for (const id of node.key) {
    const at = found.starts[id];
    if (!at) found.starts[id] = [i];
    else if (at[at.length - 1] !== i) at.push(i);
  }
  // A stem's ending is letters only; a whole entry ends with the word.
  if (lastDigit <= p) for (const id of node.stem) found.matched[id] = 1;
  if (p + 1 === end) for (const id of node.exact) found.matched[id] = 1;
}

/** The last text asked about and what the lists found in it (topics and frameworks ask about one article). */
let lastText: string | null = null;
let lastOdd = false;
let lastCount = 0;
const lastFound: { lower?: Found; exact?: Found } = {};
function foundIn(text: string, lowerCase: boolean): Found {
  if (text !== lastText || lastCount !== listCount) {
    lastText = text;
    lastCount = listCount;
    lastOdd = hasOddFold(text);
    lastFound.lower = undefined;
    lastFound.exact = undefined;
    // Topics and frameworks ask both tries about every article: one pass serves both.
    if (!lastOdd) Object.assign(lastFound, walkBoth(text, text.toLowerCase()));
  }
  if (lowerCase) {
    lastFound.lower ??= walk(TRIES.lower, text.toLowerCase());
    return lastFound.lower;
  }
  lastFound.exact ??= walk(TRIES.exact, text);
  return lastFound.exact;
}

/**
 * A test equal to `wordsRegex(entries, opts).test(text)`, answered from one walk along the text's words shared
 * by every list. Built once per list at module load.
 */
export function wordTest(
  entries: readonly string[],
  opts: { caseSensitive?: boolean } = {},
): (text: string) => boolean {
  const lowerCase = !opts.caseSensitive;
  const root = lowerCase ? TRIES.lower : TRIES.exact;
  const id = listCount++;
  const rest: string[] = [];
  /** A longer entry may start anywhere (a `/…/` source, a leading sign): its pattern always runs. */
  let keyless = false;
  for (const entry of entries) {
    const e = lowerCase ? entry.trim().toLowerCase() : entry.trim();
    const isSource = e.length > 2 && e.startsWith('/') && e.endsWith('/');
    const core = e.endsWith('*') ? e.slice(0, -1) : e;
    // Lower-casing must keep the entry's length and letters the case-insensitive pattern would match.
    const plain =
      !isSource &&
      core.length > 0 &&
      (lowerCase ? SAFE_WORD.test(core) && e.length === entry.trim().length : allWord(core));
    if (plain) {
      add(root, core, e.endsWith('*') ? 'stem' : 'exact', id);
      continue;
    }
    rest.push(entry);
    let lead = 0;
    while (!isSource && lead < e.length && isWordCode(e.charCodeAt(lead))) lead++;
    const key = isSource ? sourceLead(e.slice(1, -1)) : e.slice(0, lead);
    if (key === '' || (lowerCase && !SAFE_WORD.test(key))) keyless = true;
    else add(root, key, 'key', id);
  }
  const whole = wordsRegex(entries, opts);
  const others = rest.length > 0 ? wordsRegex(rest, opts) : null;
  // Sticky: tried only where a word begins as one of the longer entries does (a match can start nowhere else).
  const sticky = others && new RegExp(others.source, `${others.flags}y`);
  return (text) => {
    const found = foundIn(text, lowerCase);
    if (lowerCase && lastOdd) return whole.test(text);
    if (found.matched[id] === 1) return true;
    if (!others || !sticky) return false;
    if (keyless) return others.test(text);
    for (const at of found.starts[id] ?? []) {
      sticky.lastIndex = at;
      if (sticky.test(text)) return true;
    }
    return false;
  };
}

/**
 * The literal first word of a `/…/` source, when it has one for sure: letters up to the first other character,
 * less the last one if a quantifier follows it; none when the source has alternatives of its own.
 */
function sourceLead(source: string): string {
  if (source.includes('|')) return '';
  let lead = 0;
  while (lead < source.length && isWordCode(source.charCodeAt(lead))) lead++;
  return '?*+{'.includes(source[lead] ?? '') && source[lead] !== undefined
    ? source.slice(0, lead - 1)
    : source.slice(0, lead);
}
