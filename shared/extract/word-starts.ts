/**
 * Matches of a few big case-insensitive word lists in one text, tried only where a word of the text begins as an
 * entry of theirs does. One pattern of a few hundred cues run over every sentence tried them all at every word
 * (issue 12); one walk along the lower-cased words with a trie of the entries' first words finds the few words
 * where a cue may start, and only the lists that may start there run, as sticky patterns. The matches are the
 * one pattern's: it can match at no word the walk leaves out, and the lists are tried in its order.
 */
import { execAll } from './exec-all.ts';
import { alternation, isWordCode, WB_END, WB_START } from './lexicon/build.ts';
import { caseless } from './pack-words.ts';
import { closingParen, leadLength, topLevelBar } from './regex-source.ts';
import { isSpaceCode } from './text.ts';
import { hasOddFold } from './word-walk.ts';

/** Letters whose lower case is the case-insensitive pattern's reading (plain Latin, Latin extended, Cyrillic). */
const SAFE_KEY = /^[0-9a-z\u00C0-\u017E\u0180-\u024F\u0400-\u052F]+$/;
const QUANTIFIERS = '?*+{';

/** The first word a match may begin with: the whole word, or (a stem, an optional last letter) its start. */
interface Key {
  word: string;
  whole: boolean;
  /** For a whole first word followed by white space: the start of the second word, when known. */
  second?: string;
}

/**
 * The length of the white space a source goes on with (a space or `\\s`, with `+` or no quantifier), or 0 when it
 * goes on otherwise: only white space (at least one) ends the word for sure; anything else (a quantifier, a
 * class, a group) may go on with more letters.
 */
function spaceLength(next: string): number {
  const n = next.startsWith(' ') ? 1 : next.startsWith('\\s') ? 2 : 0;
  if (n === 0) return 0;
  if (next[n] === '+') return n + 1;
  return '?*{'.includes(next[n] ?? '') ? 0 : n;
}

/** The keys of a `/…/` source's alternatives after one optional lookbehind, or null when unsure. */
function sourceKeys(source: string): Key[] | null {
  let s = source;
  // A leading lookbehind reads text before the match: the match itself starts after it.
  if (s.startsWith('(?<!') || s.startsWith('(?<=')) s = s.slice(groupEnd(s) + 1);
  if (topLevelBar(s)) return null;
  // "(?:message|greetings?|…)…": each alternative of a leading group of plain words is a start.
  if (s.startsWith('(?:')) {
    const close = groupEnd(s);
    const inner = s.slice(3, close);
    const after = s.slice(close + 1);
    if (close >= s.length || /[()[\]\\]/.test(inner) || QUANTIFIERS.includes(after[0] ?? '')) return null;
    const keys = inner.split('|').map((alt) => sourceLead(alt, after));
    return keys.every((k) => k !== null) ? (keys as Key[]) : null;
  }
  const key = sourceLead(s, '');
  return key ? [key] : null;
}

/** The literal letters a source starts with (`rest` follows it), less the last one when a quantifier follows. */
function sourceLead(s: string, rest: string): Key | null {
  const n = leadLength(s);
  if (n === 0) return null;
  const next = s.slice(n) + rest;
  if (QUANTIFIERS.includes(next[0] ?? '')) return n > 1 ? { word: s.slice(0, n - 1), whole: false } : null;
  if (next === '') return { word: s.slice(0, n), whole: true };
  const space = spaceLength(next);
  if (space === 0) return { word: s.slice(0, n), whole: false };
  // The second word's letters up to its first other character (less one before a quantifier).
  const then = next.slice(space);
  const m = leadLength(then);
  const cut = QUANTIFIERS.includes(then[m] ?? '') ? m - 1 : m;
  return { word: s.slice(0, n), whole: true, second: cut > 0 ? then.slice(0, cut) : undefined };
}

/** The index of the `)` closing the group that opens the source (escapes and classes skipped), or the length. */
function groupEnd(s: string): number {
  const end = closingParen(s);
  return end < 0 ? s.length : end;
}

/**
 * The first word of an entry, lower-cased, or null when it has none for sure. A plain entry escapes every sign:
 * its first word ends at its first other character, unless that is the `*` of a stem.
 */
function entryKeys(entry: string): Key[] | null {
  const e = entry.trim();
  let keys: Key[] | null;
  if (e.length > 2 && e.startsWith('/') && e.endsWith('/')) keys = sourceKeys(e.slice(1, -1));
  else {
    // Spaces in a plain entry match any white space; its second word is a start of letters too.
    const [first = '', then = ''] = e.split(/\s+/);
    const n = leadLength(first);
    const m = leadLength(then);
    if (n === 0) keys = null;
    else if (first[n] === '*') keys = [{ word: first.slice(0, n), whole: false }];
    else
      keys = [
        {
          word: first.slice(0, n),
          whole: true,
          second: n === first.length && m > 0 ? then.slice(0, m) : undefined,
        },
      ];
  }
  if (!keys) return null;
  const safe = (w: string | undefined) =>
    w === undefined || (w.toLowerCase().length === w.length && SAFE_KEY.test(w.toLowerCase()));
  if (!keys.every((k) => safe(k.word) && safe(k.second))) return null;
  return keys.map((k) => ({ ...k, word: k.word.toLowerCase(), second: k.second?.toLowerCase() }));
}

/** A trie of first words; the masks say which lists have a key ending at a node. */
interface Node {
  next: Map<number, Node>;
  /** Lists an entry of which may start a word that starts with the letters leading here. */
  prefix: number;
  /** Lists an entry of which may start a word of just these letters. */
  whole: number;
  /** The second words (prefix keys) a word of just these letters may start an entry with. */
  afterSpace: Node | null;
}
const newNode = (): Node => ({ next: new Map(), prefix: 0, whole: 0, afterSpace: null });

/** The node of `word` in the trie at `root`, made as needed. */
function nodeOf(root: Node, word: string): Node {
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
  return node;
}

/** One match: where it stands and which list's entry it is. */
export interface ListMatch {
  start: number;
  end: number;
  list: number;
}

/**
 * The matches, left to right and not overlapping, of `(?:(list 0)|(list 1)|…)` as whole words, case-insensitive
 * (each list an alternation, lexicon/build.ts), with the number of the list that matched: what a global search
 * of that one pattern finds. Each list's pattern is tried, in order, only at the words one of its entries may
 * start (the first that matches wins, as the first matching alternative does in the one pattern). A list with an
 * entry whose first word is unsure, or a text with a letter whose lower case is not its case-insensitive reading
 * (see word-index.ts), is searched with the one pattern. At most 31 lists.
 */
export function wordListScanner(lists: ReadonlyArray<readonly string[]>): (text: string) => ListMatch[] {
  const root = newNode();
  let keyless = false;
  for (const [id, entries] of lists.entries())
    for (const entry of entries) {
      const keys = entryKeys(entry);
      if (!keys) keyless = true;
      for (const { word, whole, second } of keys ?? []) {
        const node = nodeOf(root, word);
        if (!whole) node.prefix |= 1 << id;
        else if (second === undefined) node.whole |= 1 << id;
        else {
          node.afterSpace ??= newNode();
          nodeOf(node.afterSpace, second).prefix |= 1 << id;
        }
      }
    }
  // Run on the lower-cased text without `i` (pack-words `caseless`): a case-insensitive alternation of a few
  // hundred cues cost milliseconds to compile, on its first use in each process and for each text encoding.
  // The scan below reads `lower`, which is the text folded (no odd letter: see hasOddFold), so each list's
  // pattern for folded text is taken once here (what `on` gives for any text folded to its own length; the
  // `i` pattern when the source cannot be lower-cased, as right on `lower` as on the text) instead of folding
  // the text again at every word.
  const each = lists.map(
    (entries) => caseless(`${WB_START}${alternation(entries)}${WB_END}`, 'iuy', { raw: true }).on('')[0],
  );
  const all = new RegExp(
    `${WB_START}(?:${lists.map((e) => `(${alternation(e)})`).join('|')})${WB_END}`,
    'giu',
  );
  return (text) => {
    if (keyless || hasOddFold(text))
      return execAll(all, text).map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        list: m.slice(1).findIndex((g) => g !== undefined),
      }));
    const lower = text.toLowerCase();
    const out: ListMatch[] = [];
    for (let i = 0; i < lower.length; ) {
      if (!isWordCode(lower.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < lower.length && isWordCode(lower.charCodeAt(end))) end++;
      const may = listsAt(root, lower, i, end);
      let next = end;
      for (let id = 0; may !== 0 && id < each.length; id++) {
        if ((may & (1 << id)) === 0) continue;
        const re = each[id] as RegExp;
        re.lastIndex = i;
        if (re.test(lower)) {
          out.push({ start: i, end: re.lastIndex, list: id });
          // Matches do not overlap: the next one starts after this one.
          next = Math.max(end, re.lastIndex);
          break;
        }
      }
      i = next;
    }
    return out;
  };
}

/** The lists an entry of which may start at the word i…end (lower case): prefix keys, whole keys, second words. */
function listsAt(root: Node, lower: string, i: number, end: number): number {
  let may = 0;
  let node = root.next.get(lower.charCodeAt(i));
  for (let p = i + 1; node; p++) {
    may |= node.prefix;
    if (p === end) {
      may |= node.whole;
      if (node.afterSpace) may |= secondLists(node.afterSpace, lower, end);
      break;
    }
    node = node.next.get(lower.charCodeAt(p));
  }
  return may;
}

/** The lists a word after white space at `end` starts a second word of (prefix keys of `then`, the node's afterSpace). */
function secondLists(then: Node, lower: string, end: number): number {
  let j = end;
  while (j < lower.length && isSpaceCode(lower.charCodeAt(j))) j++;
  if (j === end) return 0;
  let may = 0;
  let node = then.next.get(lower.charCodeAt(j));
  for (let p = j + 1; node; p++) {
    may |= node.prefix;
    node = p < lower.length ? node.next.get(lower.charCodeAt(p)) : undefined;
  }
  return may;
}
