/**
 * Where a big lower-case word list can match in a text, and its matches found by trying the pattern only there.
 * A global scan of an alternation of hundreds of words tries every alternative at every word start (a partner
 * sentence cost 25 µs for the partners' list alone); every match of such a list starts where a word begins with
 * the first word of one of its entries, and one walk along the text's words through a trie of those first words
 * finds those places for every list at once. The matches are the global scan's, found by a sticky copy of the
 * same pattern at those places in order.
 */

/** A letter or digit of the word boundary (lexicon/build.ts), by UTF-16 code unit. */
function isWordCode(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x2af) ||
    (c >= 0x370 && c <= 0x3ff) ||
    (c >= 0x400 && c <= 0x52f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

interface Node {
  next: Map<number, Node>;
  /** Lists with an entry whose first word is the path to here. */
  ids: number[];
}
const ROOT: Node = { next: new Map(), ids: [] };
/** The id and sticky copy of each registered pattern. */
const LISTS = new Map<RegExp, { id: number; sticky: RegExp }>();

/**
 * Registers a lower-case, global list pattern whose every match starts at a word start (its left boundary) with
 * one of the entries as written. An entry that does not start with a letter or digit, or a `/…/` source, leaves
 * the pattern unregistered: it is scanned in full.
 */
export function indexStarts(re: RegExp, entries: readonly string[]): void {
  const leads: string[] = [];
  for (const e of entries) {
    const t = e.trim();
    if (t.length > 2 && t.startsWith('/') && t.endsWith('/')) return;
    let n = 0;
    while (n < t.length && isWordCode(t.charCodeAt(n))) n++;
    if (n === 0) return;
    leads.push(t.slice(0, n));
  }
  const id = LISTS.size;
  LISTS.set(re, { id, sticky: new RegExp(re.source, `${re.flags.replace('g', '')}y`) });
  for (const lead of leads) {
    let node = ROOT;
    for (let i = 0; i < lead.length; i++) {
      const c = lead.charCodeAt(i);
      let next = node.next.get(c);
      if (!next) {
        next = { next: new Map(), ids: [] };
        node.next.set(c, next);
      }
      node = next;
    }
    if (!node.ids.includes(id)) node.ids.push(id);
  }
}

/** Word starts by list for recent texts (a sentence is asked about by several lists, and more than once). */
const STARTS = new Map<string, (number[] | undefined)[]>();
function startsIn(low: string): (number[] | undefined)[] {
  const known = STARTS.get(low);
  if (known) return known;
  const starts: (number[] | undefined)[] = [];
  for (let i = 0; i < low.length; i++) {
    if (!isWordCode(low.charCodeAt(i)) || (i > 0 && isWordCode(low.charCodeAt(i - 1)))) continue;
    let node: Node | undefined = ROOT;
    for (let p = i; p < low.length && isWordCode(low.charCodeAt(p)); p++) {
      node = node.next.get(low.charCodeAt(p));
      if (!node) break;
      for (const id of node.ids) {
        const at = starts[id];
        if (!at) starts[id] = [i];
        else if (at[at.length - 1] !== i) at.push(i);
      }
    }
  }
  if (STARTS.size >= 256) STARTS.clear();
  STARTS.set(low, starts);
  return starts;
}

/**
 * The matches of a registered pattern in a lower-case text, as its global scan finds them (left to right, each
 * after the one before); null for a pattern never registered.
 */
export function matchesAt(re: RegExp, low: string): RegExpExecArray[] | null {
  const list = LISTS.get(re);
  if (!list) return null;
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const at of startsIn(low)[list.id] ?? []) {
    if (at < end) continue;
    list.sticky.lastIndex = at;
    const m = list.sticky.exec(low);
    if (!m) continue;
    out.push(m);
    end = at + Math.max(1, m[0].length);
  }
  return out;
}
