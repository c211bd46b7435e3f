/**
 * The word index of the relevance patterns: one pass over a text's words finds, for every list pattern at once,
 * the few word starts where it may match, and the pattern is then tried there alone (sticky) instead of scanning
 * the whole text (issue 12/18: one tokenisation per text, set look-ups instead of the big alternations). Counts
 * and matches are exactly those of the global pattern: every match of a list pattern starts at the start of a
 * word with an entry's first letters, so the starts found are a superset of where the global scan can match, and
 * trying them left to right from the end of the last match is what the global scan does.
 */

import { leadLength, topLevelBar } from './regex-source.ts';
import { add, newTrie, startsIn, type Trie } from './relevance-key-trie.ts';

const TRIES = { lower: newTrie(), exact: newTrie() };

interface Keyed {
  trie: Trie;
  id: number;
  /** The pattern, sticky: tried at one start; null when the pattern itself scans a text that has a start. */
  sticky: RegExp | null;
}
/** The registered patterns; a pattern not here (or with an entry that may start anywhere) scans the whole text. */
const KEYED = new WeakMap<RegExp, Keyed>();

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
