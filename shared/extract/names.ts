/** Finding personal names in a sentence: gazetteer matches and role-introduced unknown names, Latin and Cyrillic. */

import { foldCyrillic } from './gazetteer/index.ts';
import { likelyPeople } from './gazetteer/likely-people.ts';
import { SHORT_VERBS_EN } from './lexicon/en/people.ts';
import { asWritten, type NameHit, overlaps, roleFor } from './names-hit.ts';
import { findInitialNames } from './names-initials.ts';
import { findUnknownCyrillic, findUnknownLatin } from './names-unknown.ts';
import { eachSpacedWord } from './text.ts';

/** A headline in Title Case capitalises every word: capitalised runs there are not names. */
function isTitleCase(s: string, isTitle: boolean): boolean {
  // Running text always has lower-case verbs and nouns ("receives", "reports"); Title Case has none. A body line
  // needs more words to count: a short line of names and titles is all capitals too. One pass over the words
  // (runs of non-space characters, read by character code), stopping at the first lower-case content word
  // (running text has one early); only words short enough to be a listed verb are cut out of the sentence.
  let content = 0;
  let running = false;
  eachSpacedWord(s, (start, end) => {
    const len = end - start;
    if (len <= SHORT_VERB_MAX && SHORT_VERB.has(s.slice(start, end))) running = true;
    else if (isContentWord(s, start, len)) {
      const c = s.charCodeAt(start);
      if (c < 0x41 || c > 0x5a) running = true;
      else content++;
    }
    return !running;
  });
  return !running && content >= (isTitle ? 4 : 6);
}
/** A content word starts with four ASCII letters; the function words are four-letter words of their own. */
function isContentWord(s: string, start: number, len: number): boolean {
  if (len < 4) return false;
  for (let k = 0; k < 4; k++) if (!isAsciiLetter(s, start + k)) return false;
  return !(len === 4 && FUNCTION_WORDS.has(s.slice(start, start + 4)));
}
const isAsciiLetter = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i) | 0x20;
  return c >= 0x61 && c <= 0x7a;
};
const ASCII_LETTER = /[A-Za-z]/;
const FUNCTION_WORDS = new Set(['with', 'from', 'into', 'over', 'upon', 'that', 'this', 'than', 'amid']);
const SHORT_VERB = new Set<string>(SHORT_VERBS_EN);
const SHORT_VERB_MAX = Math.max(...SHORT_VERBS_EN.map((v) => v.length));

/** Finds the names in one sentence (gazetteer names anywhere; unknown names only next to a role phrase). */
export function findNames(sentence: string, lang: 'en' | 'ru', isTitle = false): NameHit[] {
  const hits: NameHit[] = [];
  const foldedAll = foldCyrillic(sentence);
  const likely = likelyPeople(sentence, foldedAll);
  const folded = /[а-яё]/i.test(sentence) ? foldedAll : null;
  // Russian and Kazakh sentences have no Latin letter: people likely from their Cyrillic words are looked for
  // in Cyrillic only (a Latin pattern matches ASCII letters only, even case-insensitively).
  const ascii = ASCII_LETTER.test(sentence);
  for (const g of likely) {
    // exec loops on the person's own global Latin pattern (matchAll clones it).
    const latin = g.latin;
    latin.lastIndex = 0;
    for (let m = ascii || !g.latinNeedsAscii ? latin.exec(sentence) : null; m; m = latin.exec(sentence)) {
      if (m[0].length === 0) latin.lastIndex++;
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(hits, start, end)) continue;
      hits.push({
        name: asWritten(m[0], g.person),
        start,
        end,
        known: g.person,
        role: roleFor(sentence, start, end, 'en'),
        cyrTokens: [],
      });
    }
    const cyr = g.cyr;
    if (!folded || !cyr) continue;
    for (const [start, end] of cyr.all(folded)) {
      if (overlaps(hits, start, end)) continue;
      const role = roleFor(sentence, start, end, 'ru');
      const cyrTokens = folded.slice(start, end).split(/\s+/);
      hits.push({ name: g.person.name, start, end, known: g.person, role, cyrTokens });
    }
  }
  // Title Case lines (headlines, repeated headlines in the body, "Home » …" crumbs) capitalise every word. A
  // sentence without a Latin letter (most Russian and Kazakh ones) has no Latin name to look for, nor its case.
  if (ascii && !isTitleCase(sentence, isTitle)) findUnknownLatin(sentence, hits);
  if (lang === 'ru') {
    // Initials first: the run finder would take «Ержанов А.» for a two-word name.
    findInitialNames(sentence, hits);
    findUnknownCyrillic(sentence, hits);
  }
  return hits.sort((a, b) => a.start - b.start);
}
