/**
 * The walk along a text's words: each word looked up once in both tries (./word-trie.ts), what every registered
 * list found kept for the last text asked about, and the characters where lower-casing and case-insensitive
 * matching disagree (such a text is left to the list's own pattern).
 */
import { isWordCode } from './lexicon/build.ts';
import { childAt, listCount, type Node, type Packed, packed, ROOT_SPAN, TRIES } from './word-trie.ts';

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

/** What the lists found in one text: whose entries matched, and where longer entries of a list may start. */
export interface Found {
  matched: Uint8Array;
  /** Starts of the words that begin as a longer entry of the list does, by list. */
  starts: (number[] | undefined)[];
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
/** Whether the last text asked about has a character of `ODD_FOLD` (then its lists run their own patterns). */
export let lastOdd = false;
let lastCount = 0;
const lastFound: { lower?: Found; exact?: Found } = {};
/** What the lists of one trie found in a text, walked once per text (both tries at once). */
export function foundIn(text: string, lowerCase: boolean): Found {
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
