/**
 * Which known people a sentence may name: those all of whose name words (one spelling's) occur in it, a cheap
 * pre-filter before their patterns (match.ts) run. It runs on every sentence: the sentence is read once, letter by
 * letter, and its words are looked up in tables of numbered keys, without patterns, match objects or new sets.
 */

import { memoizeString } from '../memo.ts';
import { foldCyrillic, foldLatin } from './index.ts';
import { type GazPattern, PATTERNS } from './match.ts';

/** For each known person, the word sets of each spelling: a person is likely only when one set is all present. */
interface Keyed {
  g: GazPattern;
  /** The person's place in the gazetteer: people found at one word are listed in its order. */
  order: number;
  /** Every word of every set, as key numbers (see KEYS). */
  words: number[];
  /** The call of likelyPeople that last found the person (see `call`). */
  hitIn: number;
}
/** Index words: Latin words folded (foldLatin), Cyrillic words by their first three letters. */
const WORD_INDEX = new Map<string, GazPattern[]>();
const spellingSets = PATTERNS.map((g) => {
  const latin = [g.person.name, ...(g.person.alt ?? [])].map((n) => foldLatin(n).split(/\s+/));
  const cyr = g.person.cyr.map((c) =>
    foldCyrillic(c)
      .split(/[\s-]+/)
      .map((w) => w.slice(0, 3)),
  );
  // One-letter words («Ван И», «Линь У») are too short to index: the other words must all be there.
  const sets = [...latin, ...cyr].map((set) => set.filter((w) => w.length >= 2));
  for (const w of new Set(sets.flat())) WORD_INDEX.set(w, [...(WORD_INDEX.get(w) ?? []), g]);
  return sets;
});
/** Each index word numbered (in index order), with the people it may name (in gazetteer order). */
const KEYS = new Map([...WORD_INDEX.keys()].map((w, i) => [w, i]));
const keyed = PATTERNS.map(
  (g, p): Keyed => ({
    g,
    order: p,
    words: [...new Set((spellingSets[p] as string[][]).flat())].map((w) => KEYS.get(w) as number),
    hitIn: 0,
  }),
);
/**
 * Each set of each person under one of its words only, the one the fewest people share: a set is all present only
 * if that word is, and the words many names share ("li", «ван», «нур») no longer make every person of theirs
 * judged in every sentence that has them. A set without a word (one-letter words only) stands under every word
 * of its person: any of them found judges the person, as the set is all present then.
 */
const BY_RAREST: Array<Array<{ k: Keyed; set: number[] }>> = [...KEYS.keys()].map(() => []);
for (const [p, sets] of spellingSets.entries()) {
  const k = keyed[p] as Keyed;
  for (const set of sets) {
    const shared = (w: string) => WORD_INDEX.get(w)?.length ?? 0;
    const rarest = [...set].sort((a, b) => shared(a) - shared(b) || b.length - a.length)[0];
    const under = rarest === undefined ? k.words : [KEYS.get(rarest) as number];
    const ids = set.map((w) => KEYS.get(w) as number);
    for (const key of under) BY_RAREST[key]?.push({ k, set: ids });
  }
}

/**
 * foldLatin for a lower-case ASCII word, without its steps for what such a word lacks (diacritics, capitals,
 * apostrophes, hyphens, spaces): "ye" → "e", "y" → "i", "q" → "k", each pair of one letter → one, left to right. Sentence
 * words are mostly new to each article: a memo of them missed, and the full fold (NFD first) cost more.
 */
function foldAscii(w: string): string {
  const s = w.replaceAll('ye', 'e').replaceAll('y', 'i').replaceAll('q', 'k');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    out += s[i];
    if (s.charCodeAt(i + 1) === s.charCodeAt(i)) i++;
  }
  return out;
}

/**
 * The key number of a lower-case ASCII word that folding changes ("by", "all", "year"), or -1. The same few
 * words come back in every sentence (a bounded memo of words, not of texts): each is folded once.
 */
const foldedKey = memoizeString((w: string): number => KEYS.get(foldAscii(w)) ?? -1, 4000);

/**
 * Letters of a folded sentence's words numbered 1–59 (a–z, а–я, ё; 0: no such letter), by table. Latin letters
 * are 1–26: a word is a run of letters of one script.
 */
const LETTER_NO = new Uint8Array(0x452);
for (let c = 0x61; c <= 0x7a; c++) LETTER_NO[c] = c - 0x60;
// foldLatin reads q as k (Kazakh-Latin Toqayev): the index's keys have no q.
LETTER_NO[0x71] = LETTER_NO[0x6b] as number;
for (let c = 0x430; c <= 0x44f; c++) LETTER_NO[c] = c - 0x430 + 27;
LETTER_NO[0x451] = 59;
const letterAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  return c < 0x452 ? (LETTER_NO[c] as number) : 0;
};
const isLatin = (n: number): boolean => n <= 26;
const SPAN = 60;
/**
 * The keys of two letters by their letters (a key's number + 1), and the first three letters of the longer ones:
 * a bit in a small table (a few kilobytes stay in the processor's cache; a table of numbers for every triple did
 * not), then the key's number + 1 for Cyrillic keys (three letters at most, so the first three are the key),
 * NO_NUMBER for Latin ones (the word must be read whole). Most words of a sentence start as no key does: one
 * look-up, no string cut out.
 */
const PAIRS = new Uint16Array(SPAN * SPAN);
const TRIPLE_BITS = new Uint8Array((SPAN * SPAN * SPAN) >> 3);
const TRIPLES = new Map<number, number>();
const NO_NUMBER = 0xffff;
for (const [k, n] of KEYS) {
  const [a, b, c] = [0, 1, 2].map((i) => letterAt(k, i)) as [number, number, number];
  if (k.length === 2) PAIRS[a * SPAN + b] = n + 1;
  else {
    const t = (a * SPAN + b) * SPAN + c;
    TRIPLE_BITS[t >> 3] = (TRIPLE_BITS[t >> 3] as number) | (1 << (t & 7));
    TRIPLES.set(t, isLatin(a) ? NO_NUMBER : n + 1);
  }
}
/** The entry of TRIPLES for the first three letters at `i`, or 0 when no key starts so. */
function tripleAt(s: string, i: number): number {
  const t = (letterAt(s, i) * SPAN + letterAt(s, i + 1)) * SPAN + letterAt(s, i + 2);
  return ((TRIPLE_BITS[t >> 3] as number) & (1 << (t & 7))) === 0 ? 0 : (TRIPLES.get(t) as number);
}

/**
 * Per key, the call that last found it in its sentence; and the keys found by this call, in order (slots reused,
 * never cleared).
 */
const seenIn = new Uint32Array(KEYS.size);
/** Per key found by this call, its place among the keys found (valid where seenIn is this call). */
const foundAt = new Uint32Array(KEYS.size);
const found: number[] = [];
let call = 0;

/** The key number of the word at i…j (two or more letters of one script), or -1 when it is no key. */
function keyOf(s: string, i: number, j: number): number {
  const a = letterAt(s, i);
  const b = letterAt(s, i + 1);
  if (!isLatin(a)) {
    // Cyrillic: keyed by its first three letters (or two) as written.
    return (j - i === 2 ? (PAIRS[a * SPAN + b] as number) : tripleAt(s, i)) - 1;
  }
  // Latin: folding (y → i, ye → e, q → k, doubled letters) changes a word from its first y, q or doubled letter on.
  let plain = true;
  for (let k = i; k < j; k++) {
    const c = s.charCodeAt(k);
    if (c === 121 || c === 113 || (k > i && c === s.charCodeAt(k - 1))) {
      plain = false;
      // Folding keeps the first three letters and a length of three or more when it changes none of them.
      if (k < i + 3) return foldedKey(s.slice(i, j));
      break;
    }
  }
  if (j - i === 2) return (PAIRS[a * SPAN + b] as number) - 1;
  if (tripleAt(s, i) !== NO_NUMBER) return -1;
  const w = s.slice(i, j);
  return plain ? (KEYS.get(w) ?? -1) : foldedKey(w);
}

/** True when every key of the set was found by this call. */
function setFound(set: number[]): boolean {
  for (const x of set) if (seenIn[x] !== call) return false;
  return true;
}

/** The place among the keys found of the first found word of a person. */
function firstFound(k: Keyed): number {
  let first = 0xffffffff;
  for (const w of k.words)
    if (seenIn[w] === call && (foundAt[w] as number) < first) first = foundAt[w] as number;
  return first;
}

/**
 * The known people all of whose name words occur in a sentence, in the order their first word found occurs.
 * A caller that has the sentence folded already (foldCyrillic) passes it.
 */
export function likelyPeople(sentence: string, foldedSentence?: string): GazPattern[] {
  // One fold per sentence (lower case, Kazakh letters folded). Its words are runs of two or more Latin or two or
  // more Russian letters, read by letter number.
  const folded = foldedSentence ?? foldCyrillic(sentence);
  if (call === 0xffffffff) {
    seenIn.fill(0);
    for (const k of keyed) k.hitIn = 0;
    call = 0;
  }
  call++;
  let count = 0;
  for (let i = 0; i < folded.length; ) {
    const first = letterAt(folded, i);
    if (first === 0) {
      i++;
      continue;
    }
    const latin = isLatin(first);
    let j = i + 1;
    for (; j < folded.length; j++) {
      const n = letterAt(folded, j);
      if (n === 0 || isLatin(n) !== latin) break;
    }
    if (j - i >= 2) {
      const key = keyOf(folded, i, j);
      if (key >= 0 && seenIn[key] !== call) {
        seenIn[key] = call;
        foundAt[key] = count;
        found[count++] = key;
      }
    }
    i = j;
  }
  const hits: Keyed[] = [];
  for (let f = 0; f < count; f++)
    for (const { k, set } of BY_RAREST[found[f] as number] as Array<{ k: Keyed; set: number[] }>)
      if (k.hitIn !== call && setFound(set)) {
        k.hitIn = call;
        hits.push(k);
      }
  if (hits.length < 2) return hits.map((k) => k.g);
  // In the order of the first word found of each (then the gazetteer's), as judging each person at the first of
  // their words found listed them: names that overlap in the sentence are taken in this order.
  return hits
    .map((k) => ({ k, first: firstFound(k) }))
    .sort((a, b) => a.first - b.first || a.k.order - b.k.order)
    .map(({ k }) => k.g);
}
