/**
 * A word-list finder that, at each word start, tries only the entries that may start there. keyed-finder.ts
 * tries the whole alternation (hundreds of entries, case-insensitive, Unicode boundaries) at every word start
 * whose first letters are some entry's key; each such try runs every alternative whose first letters do not
 * fit. Here the entries are grouped by their key (the folded first one to three letters, word-keys.ts), and at a
 * word start only the entries of the keys found there are tried, as one sticky pattern per trie node. The
 * matches are the same: an entry matches only where its key fits, and a subset of the alternation, kept in the
 * alternation's order, picks the same first-matching entry.
 */

import { fold } from './case-fold.ts';
import { keyedFinder } from './keyed-finder.ts';
import { alternation, isWordCode, WB_END, WB_START } from './lexicon/build.ts';
import type { PhraseMatch } from './phrases.ts';
import { entryKeys } from './word-keys.ts';

/** A node of the key trie: the entries whose key ends here, and the pattern of those on the path to here. */
interface Node {
  own: number[];
  next: Map<number, Node>;
  /** Entries of the keys ending at this node or above it, in list order; their sticky pattern, made on use. */
  path: number[];
  sticky?: RegExp;
}

const newNode = (path: number[]): Node => ({ own: [], next: new Map(), path });

/**
 * Finds the entries (lexicon syntax) as whole words, case-insensitively: the matches of `keyedFinder(entries)`,
 * in the same order, with fewer alternatives tried at each word start. Falls back to `keyedFinder` when an
 * entry's key is unknown (a `/…/` entry opening with a class or an escape).
 */
export function groupedFinder(entries: readonly string[]): (text: string) => PhraseMatch[] {
  const keyed = entries.map((e) => entryKeys([e]));
  if (keyed.some((k) => k === null)) return keyedFinder(entries);
  const root = newNode([]);
  keyed.forEach((keys, id) => {
    for (const k of keys ?? []) {
      let node = root;
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) {
          child = newNode([]);
          node.next.set(c, child);
        }
        node = child;
      }
      if (!node.own.includes(id)) node.own.push(id);
    }
  });
  // Each node's path entries: its ancestors' and its own, kept in list order.
  const fill = (node: Node, above: number[]) => {
    node.path = [...new Set([...above, ...node.own])].sort((a, b) => a - b);
    for (const child of node.next.values()) fill(child, node.path);
  };
  fill(root, []);
  const whole = new RegExp(`${WB_START}${alternation(entries)}${WB_END}`, 'iuy');
  const patternOf = (node: Node): RegExp => {
    node.sticky ??= new RegExp(
      `${WB_START}${alternation(node.path.map((id) => entries[id] as string))}${WB_END}`,
      'iuy',
    );
    return node.sticky;
  };
  return (text) => {
    const out: PhraseMatch[] = [];
    for (let at = 0; at < text.length; at++) {
      // A match starts at a word start (WB_START): the character before is no letter or digit.
      if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
      const c = text.charCodeAt(at);
      // A global `u` scan never starts inside a surrogate pair.
      if (c >= 0xdc00 && c <= 0xdfff && at > 0 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800) continue;
      let re: RegExp | null = null;
      let node: Node | undefined = root;
      for (let i = at; i < at + 3 && i < text.length; i++) {
        const f = fold(text.charCodeAt(i));
        // A character that folds to several is compared by the whole pattern itself.
        if (f < 0) {
          re = whole;
          break;
        }
        node = node.next.get(f);
        if (node === undefined) break;
        if (node.path.length > 0) re = patternOf(node);
      }
      if (re === null) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      out.push({ at, end: at + m[0].length, text: m[0] });
      // The scan goes on after the match, as a global one does.
      if (m[0].length > 0) at += m[0].length - 1;
    }
    return out;
  };
}
