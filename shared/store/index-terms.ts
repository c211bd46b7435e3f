import { CN_PEOPLE } from '../extract/gazetteer/people-cn.ts';
import { CN_PEOPLE_MORE } from '../extract/gazetteer/people-cn-more.ts';
import { KZ_PEOPLE } from '../extract/gazetteer/people-kz.ts';
import { KZ_PEOPLE_MORE } from '../extract/gazetteer/people-kz-more.ts';
import { OTHER_PEOPLE } from '../extract/gazetteer/people-other.ts';
import { cyrillicWordToLatin, looksChineseCyrillic, palladiusWordToPinyin } from '../extract/translit.ts';
import { conceptAt, foldWords } from './index-concepts.ts';
import { foldCyrillic as foldCyrillicName, foldToken, isCyrillic, stem, words } from './index-fold.ts';
import { hanBigrams } from './index-han.ts';

export { foldToken, stem, words };

/**
 * The normalised terms the event indexes are keyed by: a person key (so `Ван И`, `Wang Yi` and `WANG YI` are
 * one key) and search tokens (Cyrillic transliterated to the Latin forms the English outlets use, so a Russian
 * query finds English reports). Writers and readers both go through these functions: a key built at write
 * time and one built from a query can only meet if they are built the same way.
 *
 * The people files are imported one by one rather than through the gazetteer's index, which also loads the
 * place tables: the API bundle (< 400 KB) needs only the names.
 */

/** Folded Latin spellings and Cyrillic forms of every gazetteer official → their canonical English name. */
const CANONICAL = new Map<string, string>();
for (const p of [...KZ_PEOPLE, ...KZ_PEOPLE_MORE, ...CN_PEOPLE, ...CN_PEOPLE_MORE, ...OTHER_PEOPLE]) {
  for (const n of [p.name, ...(p.alt ?? [])]) CANONICAL.set(latinNameKey(n), p.name);
  for (const n of p.cyr) CANONICAL.set(`c:${foldCyrillicName(n)}`, p.name);
}

function latinNameKey(name: string): string {
  return words(name).map(foldToken).join('-');
}

/** A Cyrillic word in Latin letters: Palladius → pinyin for a Chinese name word, English-style otherwise. */
function latinOf(word: string, chinese: boolean): string {
  return (chinese ? palladiusWordToPinyin(word) : null) ?? cyrillicWordToLatin(word);
}

/** The canonical English name of a gazetteer official written in any listed spelling or script, else null. */
export function canonicalPerson(name: string): string | null {
  const ws = words(name);
  if (ws.length === 0) return null;
  if (ws.some(isCyrillic)) {
    const known = CANONICAL.get(`c:${foldCyrillicName(ws.join(' '))}`);
    if (known) return known;
    const chinese = looksChineseCyrillic(ws);
    return CANONICAL.get(latinNameKey(ws.map((w) => latinOf(w, chinese)).join(' '))) ?? null;
  }
  return CANONICAL.get(latinNameKey(name)) ?? null;
}

/**
 * The key of a person in the participant index: the gazetteer's canonical name when the person is known (any
 * spelling or script), else the name transliterated and folded (`Ержан Ашикбаев` and `Yerzhan Ashikbayev` still
 * meet). Lower-case words joined by `-`; empty when the name has no letters.
 */
export function personKey(name: string): string {
  const known = canonicalPerson(name);
  if (known) return latinNameKey(known);
  const ws = words(name);
  const chinese = ws.some(isCyrillic) && looksChineseCyrillic(ws);
  return ws.map((w) => foldToken(isCyrillic(w) ? latinOf(w, chinese) : w)).join('-');
}

/** Function words of the indexed languages: they would make huge, useless token partitions. */
const STOP = new Set(
  (
    'a an and are as at be by for from has have in into is it of on or that the to was were with its their ' +
    'i v vo na s so k ko o ob po za iz ot do dla pri ili a no chto kak eto ' +
    'jane men ben pen da de ta te'
  ).split(' '),
);

/** Longest token kept (longer runs are hashes, URLs or junk, not words people search for). */
const MAX_TOKEN = 40;

/** A word as a search token: Latin letters, folded and stemmed. */
function token(w: string, chinese: boolean): string {
  return stem(foldToken(isCyrillic(w) ? latinOf(w, chinese) : w));
}

/**
 * Search tokens of a text, for the index: gazetteer names (two or three words, any script) become the tokens
 * of their canonical English spelling (kept even when short: `Yi` of Wang Yi); a domain word of the glossary
 * (index-glossary.ts: `пшеницы`, `бидай`, `wheat`) adds its concept token besides its own; other Cyrillic
 * words are transliterated; all are folded and stemmed; function words dropped. Names and concepts come
 * first (an event keeps only its first tokens), then the rest, distinct, in first-seen order.
 */
export function searchTokens(text: string): string[] {
  return tokensOf(text, true);
}

/**
 * The tokens a search query requires: like `searchTokens`, except that a glossary word requires only its
 * concept token (every event with the word, in any language, has that token; only events in the query's own
 * language have the word's own token).
 */
export function queryTokens(text: string): string[] {
  return tokensOf(text, false);
}

function tokensOf(text: string, indexing: boolean): string[] {
  const ws = words(text).flatMap(hanBigrams);
  const folded = foldWords(ws);
  const out = new Set<string>();
  const first = new Set<string>();
  const plain = (i: number) => {
    const w = ws[i] ?? '';
    return token(w, isCyrillic(w) && looksChineseCyrillic(ws.slice(i, i + 2)));
  };
  for (let i = 0; i < ws.length; ) {
    let used = 0;
    for (const span of [3, 2]) {
      if (i + span > ws.length) continue;
      const known = canonicalPerson(ws.slice(i, i + span).join(' '));
      if (!known) continue;
      for (const w of words(known)) first.add(token(w, false));
      used = span;
      break;
    }
    const concept = used === 0 ? conceptAt(folded, i) : null;
    if (concept) {
      first.add(concept.token);
      used = concept.span;
      if (indexing) for (let k = i; k < i + used; k++) out.add(plain(k));
    }
    if (used === 0) {
      out.add(plain(i));
      used = 1;
    }
    i += used;
  }
  const kept = [...out].filter((t) => !STOP.has(t) && !first.has(t));
  return [...first, ...kept].filter((t) => t.length > 0 && t.length <= MAX_TOKEN);
}
