/** Gazetteer name matching: one compiled pattern per known official, pre-filtered by the words in a sentence. */
import { CyrMatcher } from './cyr-matcher.ts';
import { foldCyrillic, foldLatin, type GazetteerPerson, PEOPLE } from './index.ts';

/** Escapes a string for use inside a regular expression. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A Latin spelling as a pattern that also takes the common variants of English transliteration: doubled or single
 * consonants (Massimov/Masimov), -yev/-ev (Sagintayev/Sagintaev), y/i (Tokayev/Tokaiev), hyphen or space.
 */
function tolerantLatin(name: string): string {
  const chars = [...name];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    const next = chars[i + 1] ?? '';
    if (c === '-') out += '[-\\s]?';
    else if (/\s/.test(c)) out += '\\s+';
    else if (/[bcdfghklmnprstz]/i.test(c) && next.toLowerCase() === c.toLowerCase()) {
      out += `${c}{1,2}`;
      i++;
    } else if (/s/i.test(c)) out += `${c}{1,2}`;
    else if (/y/i.test(c) && /e/i.test(next)) out += `${c}?`;
    else if (/[yi]/i.test(c) && i > 0) out += '[yi]';
    else out += escapeRegex(c);
  }
  return out;
}

/** One compiled pattern per known person, and an index from name words to people, to test only likely ones. */
export interface GazPattern {
  person: GazetteerPerson;
  latin: RegExp;
  /**
   * True when every Latin spelling needs an ASCII letter of the text (one other than a `y`, which may be left
   * out): in a sentence without one the pattern cannot match, and is neither run nor compiled for it.
   */
  latinNeedsAscii: boolean;
  /** The Cyrillic spellings, declined (see cyr-matcher.ts); matched in the folded sentence. */
  cyr: CyrMatcher | null;
}
const PATTERNS: GazPattern[] = PEOPLE.map((p) => {
  const spellings = [p.name, ...(p.alt ?? [])];
  const latinAlt = [...spellings].sort((a, b) => b.length - a.length).map(tolerantLatin);
  return {
    person: p,
    latin: new RegExp(`\\b(?:${latinAlt.join('|')})\\b`, 'gi'),
    latinNeedsAscii: spellings.every((n) => /[A-XZa-xz]/.test(n)),
    cyr: p.cyr.length > 0 ? new CyrMatcher(p.cyr, p.country === 'CN') : null,
  };
});
/** For each known person, the word sets of each spelling: a person is likely only when one set is all present. */
interface Keyed {
  g: GazPattern;
  sets: string[][];
}
const WORD_INDEX = new Map<string, Keyed[]>();
for (const g of PATTERNS) {
  const latin = [g.person.name, ...(g.person.alt ?? [])].map((n) => foldLatin(n).split(/\s+/));
  const cyr = g.person.cyr.map((c) =>
    foldCyrillic(c)
      .split(/[\s-]+/)
      .map((w) => w.slice(0, 3)),
  );
  // One-letter words («Ван И», «Линь У») are too short to index: the other words must all be there.
  const keyed: Keyed = { g, sets: [...latin, ...cyr].map((set) => set.filter((w) => w.length >= 2)) };
  for (const w of new Set(keyed.sets.flat())) WORD_INDEX.set(w, [...(WORD_INDEX.get(w) ?? []), keyed]);
}

/**
 * foldLatin for a lower-case ASCII word, without its steps for what such a word lacks (diacritics, capitals,
 * apostrophes, hyphens, spaces): "ye" → "e", "y" → "i", each pair of one letter → one, left to right. Sentence
 * words are mostly new to each article: a memo of them missed, and the full fold (NFD first) cost more.
 */
function foldAscii(w: string): string {
  // Most words have no y and no doubled letter: folding leaves them as they are.
  let plain = true;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 121 || (i > 0 && c === w.charCodeAt(i - 1))) {
      plain = false;
      break;
    }
  }
  if (plain) return w;
  const s = w.replaceAll('ye', 'e').replaceAll('y', 'i');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    out += s[i];
    if (s.charCodeAt(i + 1) === s.charCodeAt(i)) i++;
  }
  return out;
}

/** Letter classes of a folded sentence's words: Latin a–z, or Russian а–я and ё. */
const LATIN = 1;
const RUSSIAN = 2;
function letterClass(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return LATIN;
  return (c >= 0x430 && c <= 0x44f) || c === 0x451 ? RUSSIAN : 0;
}

/**
 * First letters of every indexed word, as tables (a–z, а–я and ё numbered 0–58): the first three letters of the
 * keys of three or more letters, and the keys of two. Most words of a sentence start as no key does, and a table
 * look-up is cheaper than hashing the word (a table of first pairs let three words in four through).
 */
const letterNo = (c: number): number =>
  c >= 0x61 && c <= 0x7a ? c - 0x61 : c >= 0x430 && c <= 0x44f ? c - 0x430 + 26 : c === 0x451 ? 58 : -1;
const LETTERS = 59;
const KEY_TRIPLES = new Uint8Array(LETTERS * LETTERS * LETTERS);
const KEY_PAIRS = new Uint8Array(LETTERS * LETTERS);
for (const k of WORD_INDEX.keys()) {
  const [a, b, c] = [0, 1, 2].map((i) => letterNo(k.charCodeAt(i))) as [number, number, number];
  // Keys are folded words of two or more letters of one class (anything else is never looked up).
  if (k.length === 2 && a >= 0 && b >= 0) KEY_PAIRS[a * LETTERS + b] = 1;
  else if (k.length >= 3 && a >= 0 && b >= 0 && c >= 0) KEY_TRIPLES[(a * LETTERS + b) * LETTERS + c] = 1;
}
/** True when some indexed word starts as the word at i…j does (both letters of a word's class, j - i ≥ 2). */
function hasKeyStart(s: string, i: number, j: number): boolean {
  const ab = letterNo(s.charCodeAt(i)) * LETTERS + letterNo(s.charCodeAt(i + 1));
  return j - i === 2 ? KEY_PAIRS[ab] === 1 : KEY_TRIPLES[ab * LETTERS + letterNo(s.charCodeAt(i + 2))] === 1;
}

/** The number each key's letters give (see likelyPeople): a word giving none of them is no key. */
const keyHash = (k: string): number => {
  let h = 0;
  for (let i = 0; i < k.length; i++) h = (Math.imul(h, 31) + k.charCodeAt(i)) | 0;
  return h;
};
const KEY_HASHES = new Set([...WORD_INDEX.keys()].map(keyHash));

/**
 * False when a word cannot be an indexed one, read without cutting it out: a Cyrillic word is keyed by its first
 * three letters as written; a Latin word too unless folding may change them (a y, a doubled letter or "ye" near
 * the start; folding removes letters only from there on, so a longer word keeps its first three and its length
 * of three or more).
 */
function mayBeKey(s: string, i: number, j: number, cls: number): boolean {
  if (cls === LATIN) {
    for (let k = i; k < Math.min(j, i + 3); k++) {
      const c = s.charCodeAt(k);
      if (c === 121 || (k + 1 < j && c === s.charCodeAt(k + 1))) return true;
    }
  }
  return hasKeyStart(s, i, j);
}

/**
 * The known people all of whose name words occur in a sentence (a cheap pre-filter before the patterns run).
 * A caller that has the sentence folded already (foldCyrillic) passes it.
 */
export function likelyPeople(sentence: string, foldedSentence?: string): GazPattern[] {
  const words = new Set<string>();
  // One fold per sentence (lower case, Kazakh letters folded). Its words are runs of two or more Latin or two or
  // more Russian letters, read by letter class (no pattern, no match objects: this runs on every sentence).
  // Latin words folded like the index (no doubled letters, y → i, ye → e); Cyrillic by first three letters.
  const folded = foldedSentence ?? foldCyrillic(sentence);
  for (let i = 0; i < folded.length; ) {
    const cls = letterClass(folded.charCodeAt(i));
    if (cls === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < folded.length && letterClass(folded.charCodeAt(j)) === cls) j++;
    if (j - i >= 2 && mayBeKey(folded, i, j, cls)) {
      // Most words are no key: a word that folding leaves as it is (a Cyrillic word's first three letters, a
      // Latin word without a y or a doubled letter) is first looked up by a number read from its letters, and
      // cut out of the sentence only when some key gives that number too.
      const end = cls === LATIN ? j : Math.min(j, i + 3);
      let h = 0;
      let plain = true;
      for (let k = i; k < end; k++) {
        const c = folded.charCodeAt(k);
        if (cls === LATIN && (c === 121 || (k > i && c === folded.charCodeAt(k - 1)))) plain = false;
        h = (Math.imul(h, 31) + c) | 0;
      }
      if (!plain || KEY_HASHES.has(h)) {
        const key = cls === LATIN ? foldAscii(folded.slice(i, j)) : folded.slice(i, end);
        // Only indexed words are ever asked about (every word of a name's set is indexed): the rest need no entry.
        if (WORD_INDEX.has(key)) words.add(key);
      }
    }
    i = j;
  }
  const hits = new Set<GazPattern>();
  // Plain loops: the callbacks of some/every were closures made anew for every word of every sentence.
  for (const w of words)
    for (const k of WORD_INDEX.get(w) as Keyed[])
      if (!hits.has(k.g) && anySetIn(k.sets, words)) hits.add(k.g);
  return [...hits];
}

/** True when every word of some set is among `words`. */
function anySetIn(sets: string[][], words: Set<string>): boolean {
  for (const set of sets) {
    let all = true;
    for (const x of set)
      if (!words.has(x)) {
        all = false;
        break;
      }
    if (all) return true;
  }
  return false;
}
