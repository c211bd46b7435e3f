/** Finding personal names in a sentence: gazetteer matches and role-introduced unknown names, Latin and Cyrillic. */

import { execAll } from './exec-all.ts';
import {
  foldCyrillic,
  type GazetteerPerson,
  lookupCyrillic,
  lookupLatin,
  lookupTruncated,
} from './gazetteer/index.ts';
import { likelyPeople } from './gazetteer/likely-people.ts';
import { CITIES, PLACES } from './gazetteer/places.ts';
import { isKazakhSentence, withoutKazakhEnding } from './kk-names.ts';
import { alternation, WB_END } from './lexicon/build.ts';
import { NAME_STOP_EN, SHORT_VERBS_EN, SPEECH_EN } from './lexicon/en/people.ts';
import { SPEECH_RU } from './lexicon/ru/people.ts';
import { memoizeString } from './memo.ts';
import { chineseNominative, isRuStop, nominative } from './names-ru.ts';
import { looksChineseLatin } from './people-country.ts';
import { EN_HEADS, EN_PARTS, type RoleContext, roleAfter, roleBefore } from './roles.ts';
import { eachSpacedWord, spacedWords } from './text.ts';
import { isThirdCountryWord } from './third-countries.ts';
import { looksChineseCyrillic, transliterateName } from './translit.ts';

/** A name occurrence in a sentence. */
export interface NameHit {
  /** Canonical Latin name (English spelling). */
  name: string;
  start: number;
  end: number;
  known: GazetteerPerson | null;
  role: RoleContext | null;
  /** Folded Cyrillic tokens of the name as written, for resolving later surname-only mentions. */
  cyrTokens: string[];
}

/** Words never part of an unknown name (lower case): the pack's list, city names, role words. */
const STOP_EN = new Set<string>(NAME_STOP_EN);
for (const c of CITIES) for (const v of c.variants) STOP_EN.add(v.toLowerCase());
// Provinces and regions too: "Vice Governor of Shaanxi Xu Mingfei" is a role and a name, not a name "Shaanxi Xu".
for (const p of PLACES)
  if (p.kind === 'region' && p.country === 'CN')
    for (const v of p.aliases) if (!/\s/.test(v)) STOP_EN.add(v.toLowerCase());
for (const w of [...EN_HEADS, ...EN_PARTS]) STOP_EN.add(w);

const EN_RUN = /[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*)*/g;
const RU_RUN =
  /[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)*(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]*(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)*(?![А-ЯЁA-Z]))*/g;

/** The listed spelling the text uses ("Karim Masimov" where the text says so): reports are scored as written. */
function asWritten(matched: string, p: GazetteerPerson): string {
  const m = matched.replace(/\s+/g, ' ');
  const listed = spellingsOf(p).get(m.toLowerCase());
  if (listed) return listed;
  // A variant spelling the list lacks ("Sagintaev"): keep the text's, unless it is shouted in capitals.
  return /[a-z]/.test(m) ? m : p.name;
}

/**
 * A known person's listed spellings by their lower case (the first listed wins), made on the person's first hit:
 * every hit used to lower-case each spelling again.
 */
const SPELLINGS = new WeakMap<GazetteerPerson, Map<string, string>>();
function spellingsOf(p: GazetteerPerson): Map<string, string> {
  let byLower = SPELLINGS.get(p);
  if (!byLower) {
    byLower = new Map();
    for (const n of [p.name, ...(p.alt ?? [])])
      if (!byLower.has(n.toLowerCase())) byLower.set(n.toLowerCase(), n);
    SPELLINGS.set(p, byLower);
  }
  return byLower;
}

/** A speech verb right after a name ("Lin Wu noted", «Хань Цзюнь отметил»). */
const SPEECH_NEXT = new RegExp(
  `^\\s*(?:also\\s+|также\\s+)?${alternation([...SPEECH_EN, ...SPEECH_RU])}${WB_END}`,
  'iu',
);

function overlaps(hits: NameHit[], start: number, end: number): boolean {
  return hits.some((h) => start < h.end && h.start < end);
}

function roleFor(sentence: string, start: number, end: number, lang: 'en' | 'ru'): RoleContext | null {
  // A role phrase is short: looking at a window keeps long sentences cheap.
  return (
    roleBefore(sentence.slice(Math.max(0, start - 250), start), lang) ??
    roleAfter(sentence.slice(end, end + 250), lang)
  );
}

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
  if (lang === 'ru') findUnknownCyrillic(sentence, hits);
  return hits.sort((a, b) => a.start - b.start);
}

/** Role and place words, and possessives ("Tokayev's Reforms"), never stand in an unknown name. */
function isStopWord(w: string): boolean {
  return stopWord(w);
}
// Capitalised words repeat from sentence to sentence: each is judged once (the country test is a pattern).
const stopWord = memoizeString((w: string): boolean => {
  const l = w.toLowerCase();
  return STOP_EN.has(l) || /['’]s$/.test(w) || isThirdCountryWord(l);
}, 4000);

/**
 * A Chinese name that speaks ("Lin Wu noted", «Хань Цзюнь отметил») needs no role phrase: the shape and the verb
 * are evidence. Functions of their own, not closures made for every candidate name (each one a new function).
 */
function latinSpeaker(name: string, sentence: string, end: number): boolean {
  return looksChineseLatin(name) && SPEECH_NEXT.test(sentence.slice(end, end + 40));
}
function cyrillicSpeaker(written: string[], sentence: string, end: number): boolean {
  return SPEECH_NEXT.test(sentence.slice(end, end + 40)) && looksChineseCyrillic(chineseNominative(written));
}

function findUnknownLatin(sentence: string, hits: NameHit[]): void {
  for (const m of execAll(EN_RUN, sentence)) {
    const words = spacedWords(m[0], m.index ?? 0);
    // The longest stretch of non-stop words of two or three words is the candidate name.
    let i = 0;
    while (i < words.length) {
      if (isStopWord(words[i]?.w ?? '')) {
        i++;
        continue;
      }
      let j = i;
      while (j < words.length && !isStopWord(words[j]?.w ?? '')) j++;
      const run = words.slice(i, j);
      if (run.length >= 2 && run.length <= 3) {
        const start = run[0]?.s ?? 0;
        const last = run.at(-1);
        const end = (last?.s ?? 0) + (last?.w.length ?? 0);
        const name = run.map((r) => r.w).join(' ');
        const found = overlaps(hits, start, end) ? null : roleFor(sentence, start, end, 'en');
        // "President of Huawei Technologies": a role ending in a preposition introduces an organisation.
        const ofOrg = found !== null && /\b(?:of|at|in|to|for|from|with)$/i.test(found.raw);
        const role = ofOrg
          ? null
          : (found ?? (latinSpeaker(name, sentence, end) ? { raw: '', country: 'CN' } : null));
        if (role) {
          // A name cut off by the end of an excerpt ("… Xi Ji") is a known name when it begins one.
          const cut = end >= sentence.trimEnd().length;
          const known = lookupLatin(name) ?? (cut ? lookupTruncated(name) : undefined) ?? null;
          hits.push({
            name: known ? asWritten(name, known) : name,
            start,
            end,
            known,
            role: role.raw ? role : null,
            cyrTokens: [],
          });
        }
      }
      i = j;
    }
  }
}

function findUnknownCyrillic(sentence: string, hits: NameHit[]): void {
  const kazakh = isKazakhSentence(sentence);
  for (const m of execAll(RU_RUN, sentence)) {
    const words = spacedWords(m[0], m.index ?? 0);
    let i = 0;
    while (i < words.length && isRuStop(words[i]?.w ?? '')) i++;
    const run = words.slice(i, i + 3).filter((_, k, arr) => k < arr.length);
    let n = 0;
    while (n < run.length && !isRuStop(run[n]?.w ?? '')) n++;
    let name = run.slice(0, n);
    // «мэра Вэньчжоу Чжан Вэньцзе»: a place before a Chinese name is the post's, not the name's.
    if (name.length === 3 && looksChineseCyrillic(chineseNominative(name.slice(1).map((x) => x.w))))
      name = name.slice(1);
    if (name.length < 2) continue;
    const start = name[0]?.s ?? 0;
    const last = name.at(-1);
    const end = (last?.s ?? 0) + (last?.w.length ?? 0);
    if (overlaps(hits, start, end)) continue;
    // A Kazakh case ending on the last word («Толғанбаевпен», «Чжэнмен») is no part of the name.
    const written = name.map((x, k) => (kazakh && k === name.length - 1 ? withoutKazakhEnding(x.w) : x.w));
    const role =
      roleFor(sentence, start, end, 'ru') ??
      (cyrillicSpeaker(written, sentence, end) ? { raw: '', country: 'CN' } : null);
    if (!role) continue;
    const chinese =
      looksChineseCyrillic(chineseNominative(written)) || (role.country === 'CN' && written.length === 2);
    const toks = chinese ? chineseNominative(written) : nominative(written);
    const guess = transliterateName(toks, chinese);
    const cut = end >= sentence.trimEnd().length;
    const known = lookupCyrillic(toks.join(' ')) ?? (cut ? lookupTruncated(guess) : undefined) ?? null;
    const latin = known?.name ?? guess;
    hits.push({
      name: latin,
      start,
      end,
      known,
      role: role.raw ? role : null,
      cyrTokens: toks.map(foldCyrillic),
    });
  }
}
