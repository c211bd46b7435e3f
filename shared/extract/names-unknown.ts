/**
 * Unknown names: capitalised runs of two or three words (Latin) or Cyrillic runs that stand next to a role phrase,
 * or a Chinese-looking name followed by a speech verb. Known spellings are looked up in the gazetteer.
 */

import { execAll } from './exec-all.ts';
import { foldCyrillic, lookupCyrillic, lookupLatin, lookupTruncated } from './gazetteer/index.ts';
import { CITIES, PLACES } from './gazetteer/places.ts';
import { isKazakhSentence, withoutKazakhEnding } from './kk-names.ts';
import { alternation, WB_END } from './lexicon/build.ts';
import { NAME_STOP_EN, SPEECH_EN } from './lexicon/en/people.ts';
import { ACCUSATIVE_ENDINGS } from './lexicon/kk/people.ts';
import { SPEECH_RU } from './lexicon/ru/people.ts';
import { memoizeString } from './memo.ts';
import { asWritten, type NameHit, overlaps, roleFor } from './names-hit.ts';
import { chineseNominative, isRuStop, nominative } from './names-ru.ts';
import { looksChineseLatin } from './people-country.ts';
import { EN_HEADS, EN_PARTS } from './roles.ts';
import { spacedWords } from './text.ts';
import { isThirdCountryWord } from './third-countries.ts';
import { looksChineseCyrillic, transliterateName } from './translit.ts';

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

/** A speech verb right after a name ("Lin Wu noted", «Хань Цзюнь отметил»). */
const SPEECH_NEXT = new RegExp(
  `^\\s*(?:also\\s+|также\\s+)?${alternation([...SPEECH_EN, ...SPEECH_RU])}${WB_END}`,
  'iu',
);

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

/** Unknown Latin names in a sentence, added to `hits`. */
export function findUnknownLatin(sentence: string, hits: NameHit[]): void {
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

/** A Kazakh accusative ending («Ван Сяодунды», «Чжан Сяоны»). */
const KK_ACCUSATIVE = new RegExp(`(?:${ACCUSATIVE_ENDINGS.join('|')})$`, 'u');

/**
 * The name without a Kazakh accusative on its last word when it then reads as Chinese: no Palladius syllable
 * ends so, while Kazakh surnames may («Сатыбалды»), so only a name that is Chinese without it loses it.
 */
function withoutChineseAccusative(written: string[]): string[] {
  const last = written.at(-1) ?? '';
  if (!KK_ACCUSATIVE.test(last) || looksChineseCyrillic(chineseNominative(written))) return written;
  const bare = [...written.slice(0, -1), last.replace(KK_ACCUSATIVE, '')];
  return looksChineseCyrillic(chineseNominative(bare)) ? bare : written;
}

/** Unknown Cyrillic names in a sentence, added to `hits`. */
export function findUnknownCyrillic(sentence: string, hits: NameHit[]): void {
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
    const cased = name.map((x, k) => (kazakh && k === name.length - 1 ? withoutKazakhEnding(x.w) : x.w));
    const written = kazakh ? withoutChineseAccusative(cased) : cased;
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
