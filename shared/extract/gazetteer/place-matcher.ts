/**
 * A fast place finder generated from the gazetteer: the text is cut into words once and each run of up to four
 * words is looked up by stem, with the ending checked against the same Russian case endings and Kazakh suffixes
 * the regex builder (place-patterns.ts) generates. Relevance counts places in every sentence; one big
 * alternation of hundreds of names is too slow for that.
 */
import { declension, KK, KK_TAIL } from './place-forms.ts';
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

/**
 * The start of a word that may begin a name: its first three letters begin a stem, or its first two (or its
 * only letter) are a short first word. Looked up by character codes at each word start: one pattern of hundreds
 * of three-letter alternatives tried them one by one at every word.
 */
// A word of the text is letters and digits: keys of other characters could never be looked up.
const isWord = (w: string): boolean => /^[\p{L}\p{N}]+$/u.test(w);
const code3 = (w: string): number => w.charCodeAt(0) * 2 ** 32 + w.charCodeAt(1) * 2 ** 16 + w.charCodeAt(2);
const code2 = (w: string): number => w.charCodeAt(0) * 2 ** 16 + w.charCodeAt(1);
const PREFIXES = new Set([...FIRST3].filter(isWord).map(code3));
const SHORT2 = new Set([...SHORT].filter((w) => isWord(w) && w.length === 2).map(code2));
const SHORT1 = new Set([...SHORT].filter((w) => isWord(w) && w.length === 1).map((w) => w.charCodeAt(0)));

/** First characters of the keys above (never a surrogate: keys are letters and digits of the BMP). */
const FIRST_CHAR = new Uint8Array(0x10000);
for (const w of [...FIRST3, ...SHORT].filter(isWord)) FIRST_CHAR[w.charCodeAt(0)] = 1;

/** Letters and digits (\p{L}, \p{N}) below U+0530 by table; the rest asked of the pattern. */
const LN = /[\p{L}\p{N}]/u;
const LN_TABLE = Uint8Array.from({ length: 0x530 }, (_, c) => (LN.test(String.fromCharCode(c)) ? 1 : 0));
function isLetterOrDigit(cp: number): boolean {
  return cp < 0x530 ? LN_TABLE[cp] === 1 : LN.test(String.fromCodePoint(cp));
}
/** The code point ending right before `i` (a surrogate pair read whole). */
function codePointBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** True when a name may begin at `i`: a word starts there with a stem's first letters or a short first word. */
function mayBeginAt(low: string, i: number): boolean {
  const c0 = low.charCodeAt(i);
  if (FIRST_CHAR[c0] !== 1) return false;
  if (i > 0 && isLetterOrDigit(codePointBefore(low, i))) return false;
  const n = low.length;
  if (i + 3 <= n && PREFIXES.has(c0 * 2 ** 32 + low.charCodeAt(i + 1) * 2 ** 16 + low.charCodeAt(i + 2)))
    return true;
  if (i + 2 <= n && SHORT2.has(c0 * 2 ** 16 + low.charCodeAt(i + 1))) return true;
  return SHORT1.has(c0) && (i + 1 >= n || !isLetterOrDigit(low.codePointAt(i + 1) as number));
}
/** The whole word at a candidate's start. */
const WORD_AT = /[\p{L}\p{N}]+/uy;
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
  for (let start = 0; start < low.length; start++) {
    if (start < resume || !mayBeginAt(low, start)) continue;
    WORD_AT.lastIndex = start;
    const w0 = (WORD_AT.exec(low) as RegExpExecArray)[0];
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

const CAPITAL = /\p{Lu}/u;

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
    const raw = text.slice(start, end);
    // One word of text already in lower case is its own key: no spaces or apostrophes to respell.
    const run = n === 1 && exactLow ? low.slice(start, end) : norm(low.slice(start, end));
    // Asked only of a run that names a place (most runs name none).
    let capital: boolean | undefined;
    // Latin names take no endings: only Cyrillic runs are cut.
    const maxK = /[a-z0-9]$/.test(run) ? 0 : Math.min(MAX_ENDING, (lastLens[n - 1] as number) - 1);
    for (let k = 0; k <= maxK; k++) {
      for (const e of byStem.get(run.slice(0, run.length - k)) ?? []) {
        if (e.capital) {
          if (capital === undefined) capital = CAPITAL.test(raw);
          if (!capital) continue;
        }
        if (!e.tail.test(run.slice(run.length - k))) continue;
        return { place: e.place, text: raw, index: start };
      }
    }
  }
  return null;
}
