/**
 * A fast place finder generated from the gazetteer: the text is cut into words once and each run of up to four
 * words is looked up by stem, with the ending checked against the same Russian case endings and Kazakh suffixes
 * the regex builder (place-patterns.ts) generates. Relevance counts places in every sentence; one big
 * alternation of hundreds of names is too slow for that.
 */
import { declension, KK, KK_TAIL } from './place-forms.ts';
import { nextStart, runEnd, WordStarts } from './place-starts.ts';
import type { Place } from './place-types.ts';
import { PLACES } from './places.ts';

interface Entry {
  place: Place;
  /** The ending allowed after the stem (anchored). */
  tail: RegExp;
  /** Names need a capital letter ("Oral" is a city, "oral" is not; «области Абай»); adjectives need none. */
  capital: boolean;
}

const KK_SUFFIX = `(?:(?:${KK.join('|')})(?:${KK_TAIL.join('|')})?)?`;
/** The endings allowed after a stem, anchored (one compiled pattern per declension kind). */
const tails = new Map<string, RegExp>();
function tailOf(ru: readonly string[], bare: boolean): RegExp {
  const key = `${ru.join('|')}/${bare}`;
  let re = tails.get(key);
  if (!re) {
    const r = ru.length === 0 ? '' : `(?:${ru.join('|')})${bare ? '?' : ''}`;
    re = new RegExp(`^${r}${KK_SUFFIX}$`, 'u');
    tails.set(key, re);
  }
  return re;
}
const TAIL_EXACT = /^$/;
const TAIL_ANY = /^\p{L}*$/u;

/** Lower case with one separator form, so keys and text runs compare. */
const norm = (s: string): string => s.toLowerCase().replace(/[’ʼ`]/g, "'").replace(/\s+/g, ' ');

const byStem = new Map<string, Entry[]>();
/** First three letters of every stem: almost every word fails this test (CANDIDATE below) and costs nothing more. */
const FIRST3 = new Set<string>();
/** First words shorter than three letters («Уф-» of «Уфа», "Xi" of "Xi'an"): checked by their own length. */
const SHORT = new Set<string>();
/** First words of names of several words (New York, Нур-Султан, «области Абай»): only these look further. */
const MULTI_FIRST = new Set<string>();
function add(stem: string, e: Entry): void {
  const k = norm(stem);
  byStem.set(k, [...(byStem.get(k) ?? []), e]);
  const first = k.match(/^[\p{L}\p{N}]+/u)?.[0] ?? k;
  if (first.length < 3) SHORT.add(first);
  else FIRST3.add(first.slice(0, 3));
  if (first.length < k.length) MULTI_FIRST.add(first);
}
for (const place of PLACES) {
  for (const a of place.aliases) {
    const d = declension(a);
    if (d) add(d.stem, { place, tail: tailOf(d.ru, d.bare), capital: true });
    else add(a, { place, tail: TAIL_EXACT, capital: true });
  }
  for (const adj of place.adjectives ?? []) {
    add(adj.replace(/\*$/, ''), { place, tail: adj.endsWith('*') ? TAIL_ANY : TAIL_EXACT, capital: false });
  }
}

/** The stems as a trie of character codes: one walk along a run finds every stem it starts with. */
interface StemNode {
  next: Map<number, StemNode>;
  /** The entries of the stem ending here (byStem's list). */
  entries: Entry[] | null;
}
const STEMS: StemNode = { next: new Map(), entries: null };
for (const [stem, entries] of byStem) {
  let node = STEMS;
  for (let i = 0; i < stem.length; i++) {
    const c = stem.charCodeAt(i);
    let next = node.next.get(c);
    if (!next) {
      next = { next: new Map(), entries: null };
      node.next.set(c, next);
    }
    node = next;
  }
  node.entries = entries;
}

/** Where a name may begin: a word starting with a stem's first letters or a short first word. */
const STARTS = new WordStarts(FIRST3, SHORT);

/** Only one separator (a space run, maybe after an abbreviation's dot; a hyphen; an apostrophe) joins the words of one name. */
const NEXT_WORD = /(?:\.?\s+|['’ʼ`-])[\p{L}\p{N}]+/uy;
const MAX_WORDS = 4;
const MAX_ENDING = 9;

/** Lower case without changing the length (so offsets agree with the original text). */
function lowerAligned(text: string): string {
  const low = text.toLowerCase();
  if (low.length === text.length) return low;
  return [...text].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

/** One place name found in a text. */
export interface PlaceHit {
  place: Place;
  text: string;
  index: number;
}

/**
 * The gazetteer places named in a text, in order, each run of words counted once (longest name first).
 * `lowerCase` is the text's toLowerCase() when the caller has it.
 */
export function findPlaces(text: string, lowerCase?: string): PlaceHit[] {
  // A caller that has the text in lower case already passes it (used when it keeps the offsets).
  const given = lowerCase !== undefined && lowerCase.length === text.length ? lowerCase : null;
  const whole = given ?? text.toLowerCase();
  // The text's own lower case (not letter by letter): lower-casing a part of it again changes nothing.
  const exactLow = whole.length === text.length;
  const low = exactLow ? whole : lowerAligned(text);
  const hits: PlaceHit[] = [];
  // Words inside a name already found are not looked at again.
  let resume = 0;
  for (let start = 0; start < low.length; start = nextStart(low, start)) {
    if (start < resume || !STARTS.mayBeginAt(low, start)) continue;
    // The whole word here (a name begins with a letter or digit, so it has one at least).
    const w0 = low.slice(start, runEnd(low, start));
    // The end offsets of runs of one to four words from here (the first run is the whole word).
    const ends = [start + w0.length];
    let lastLen = w0.length;
    const lastLens = [lastLen];
    const words = MULTI_FIRST.has(w0) ? MAX_WORDS : 1;
    while (ends.length < words) {
      NEXT_WORD.lastIndex = ends[ends.length - 1] as number;
      const w = NEXT_WORD.exec(low);
      if (!w) break;
      lastLen = (w[0].match(/[\p{L}\p{N}]+$/u)?.[0] ?? '').length;
      ends.push(NEXT_WORD.lastIndex);
      lastLens.push(lastLen);
    }
    const hit = longestAt(text, low, exactLow, start, ends, lastLens);
    if (hit) {
      hits.push(hit);
      resume = hit.index + hit.text.length;
    }
  }
  return hits;
}

/** The stems a run starts with that are long enough, shortest first (reused: one candidate at a time). */
const found: Entry[][] = [];
const foundLengths: number[] = [];

/** The longest run starting at `start` that names a place with an allowed ending. */
function longestAt(
  text: string,
  low: string,
  exactLow: boolean,
  start: number,
  ends: number[],
  lastLens: number[],
): PlaceHit | null {
  for (let n = ends.length; n >= 1; n--) {
    const end = ends[n - 1] as number;
    // One word of text already in lower case is its own key (no spaces or apostrophes to respell): it is read
    // in place, and cut out only when a stem fits, as most candidate words name no place.
    const direct = n === 1 && exactLow;
    const src = direct ? low : norm(low.slice(start, end));
    const from = direct ? start : 0;
    const runLength = direct ? end - start : src.length;
    // Latin names take no endings: only Cyrillic runs are cut.
    const last = src.charCodeAt(from + runLength - 1);
    const latinEnd = (last >= 0x61 && last <= 0x7a) || (last >= 0x30 && last <= 0x39);
    const maxK = latinEnd ? 0 : Math.min(MAX_ENDING, (lastLens[n - 1] as number) - 1);
    // The stems the run starts with, cut by at most maxK letters: one walk instead of a look-up per cut.
    // Slots are overwritten, never cleared: setting an array's length costs a call into the runtime.
    let count = 0;
    let node: StemNode | undefined = STEMS;
    for (let i = 0; i < runLength && node; i++) {
      node = node.next.get(src.charCodeAt(from + i));
      if (node?.entries && i + 1 >= runLength - maxK) {
        found[count] = node.entries;
        foundLengths[count] = i + 1;
        count++;
      }
    }
    if (count === 0) continue;
    const run = direct ? low.slice(start, end) : src;
    // Longest stem first, as cutting fewer letters first does. A capital is looked for when a stem needs one.
    let capital: boolean | undefined;
    for (let f = count - 1; f >= 0; f--) {
      const cut = foundLengths[f] as number;
      for (const e of found[f] as Entry[]) {
        if (e.capital) {
          capital ??= UPPER.test(text.slice(start, end));
          if (!capital) continue;
        }
        if (!e.tail.test(run.slice(cut))) continue;
        return { place: e.place, text: text.slice(start, end), index: start };
      }
    }
  }
  return null;
}

/** A capital letter in a run as written: names need one ("Oral" the city, not "oral" the word). */
const UPPER = /\p{Lu}/u;
