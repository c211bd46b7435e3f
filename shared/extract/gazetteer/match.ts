/**
 * Gazetteer name matching: one compiled pattern per known official, pre-filtered by the words in a sentence
 * (likely-people.ts).
 */
import { CyrMatcher } from './cyr-matcher.ts';
import { type GazetteerPerson, PEOPLE } from './index.ts';

/** Escapes a string for use inside a regular expression. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A Latin spelling as a pattern that also takes the common variants of English transliteration: doubled or single
 * consonants (Massimov/Masimov), -yev/-ev (Sagintayev/Sagintaev), y/i (Tokayev/Tokaiev), hyphen or space, and
 * the q of Kazakh-Latin spellings for k (Toqayev, Qasym).
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
    else if (/k/i.test(c)) out += '[kq]';
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
/** The patterns of every known person, in gazetteer order. */
export const PATTERNS: GazPattern[] = PEOPLE.map((p) => {
  const spellings = [p.name, ...(p.alt ?? [])];
  const latinAlt = [...spellings].sort((a, b) => b.length - a.length).map(tolerantLatin);
  return {
    person: p,
    latin: new RegExp(`\\b(?:${latinAlt.join('|')})\\b`, 'gi'),
    latinNeedsAscii: spellings.every((n) => /[A-XZa-xz]/.test(n)),
    cyr: p.cyr.length > 0 ? new CyrMatcher(p.cyr, p.country === 'CN') : null,
  };
});
