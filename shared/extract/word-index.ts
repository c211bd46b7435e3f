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
/** The characters of `ODD_FOLD` by code unit (all of them lie below U+A7DD, none below U+00B5). */
const ODD_TABLE = Uint8Array.from({ length: 0xa7dd }, (_, c) =>
  ODD_FOLD.test(String.fromCharCode(c)) ? 1 : 0,
);
/** `ODD_FOLD.test(text)` by one loop over the character codes: most of them are below U+00B5 and cost one test. */
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
  next: Map<number, Node>;
  /** Lists with an entry ending here (a whole word), a stem ending here, a longer entry's first word starting so. */
  exact: number[];
  stem: number[];
  key: number[];
}
const newNode = (): Node => ({ next: new Map(), exact: [], stem: [], key: [] });
/** Case-insensitive lists read lower-cased text; case-sensitive ones (acronyms) the text as written. */
const TRIES = { lower: newNode(), exact: newNode() };
let listCount = 0;

function add(root: Node, word: string, into: 'exact' | 'stem' | 'key', id: number): void {
  let node = root;
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

/** What the lists found in one text: whose entries matched, and where longer entries of a list may start. */
interface Found {
  matched: Uint8Array;
  /** Starts of the words that begin as a longer entry of the list does, by list. */
  starts: (number[] | undefined)[];
}

/** First letters below this code (Latin, Greek, Cyrillic) are looked up in a table. */
const ROOT_SPAN = 0x530;
const ROOT_TABLES = new Map<Node, { count: number; table: Array<Node | undefined> }>();
/** The root's children by first letter, rebuilt when a list was registered since. */
function rootTable(root: Node): Array<Node | undefined> {
  const cached = ROOT_TABLES.get(root);
  if (cached && cached.count === listCount) return cached.table;
  const table = new Array<Node | undefined>(ROOT_SPAN).fill(undefined);
  for (const [c, node] of root.next) if (c < ROOT_SPAN) table[c] = node;
  ROOT_TABLES.set(root, { count: listCount, table });
  return table;
}

function walk(root: Node, text: string): Found {
  const matched = new Uint8Array(listCount);
  const starts: (number[] | undefined)[] = [];
  const table = rootTable(root);
  for (let i = 0; i < text.length; i++) {
    if (!isWordCode(text.charCodeAt(i))) continue;
    let end = i + 1;
    let lastDigit = isDigitCode(text.charCodeAt(i)) ? i : -1;
    for (; end < text.length && isWordCode(text.charCodeAt(end)); end++)
      if (isDigitCode(text.charCodeAt(end))) lastDigit = end;
    // Most words start as no entry does: the first letter is looked up in the root's table, not its map.
    const c0 = text.charCodeAt(i);
    let node: Node | undefined = c0 < ROOT_SPAN ? table[c0] : root.next.get(c0);
    for (let p = i; p < end && node; ) {
      if (node.key.length > 0) {
        for (const id of node.key) {
          const at = starts[id];
          if (!at) starts[id] = [i];
          else if (at[at.length - 1] !== i) at.push(i);
        }
      }
      // A stem's ending is letters only; a whole entry ends with the word.
      if (lastDigit <= p) for (const id of node.stem) matched[id] = 1;
      if (p + 1 === end) for (const id of node.exact) matched[id] = 1;
      p++;
      node = p < end ? node.next.get(text.charCodeAt(p)) : undefined;
    }
    i = end;
  }
  return { matched, starts };
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
