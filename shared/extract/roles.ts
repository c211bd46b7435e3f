/** Role phrases around a name: "Chinese Vice Minister of Foreign Affairs", «посол КНР в Казахстане». */

import { CITIES, PLACES } from './gazetteer/places.ts';
import { alternation } from './lexicon/build.ts';
import { FORMER_EN, ROLE_HEADS_EN, ROLE_PARTS_EN, ROLE_TRIM_EN } from './lexicon/en/people.ts';
import * as KK from './lexicon/kk/people.ts';
import {
  FORMER_RU_KK,
  ROLE_HEAD_STEMS_RU,
  ROLE_PART_STEMS_RU,
  ROLE_WORDINGS_RU,
} from './lexicon/ru/people.ts';
import { memoizeString } from './memo.ts';
import { isThirdCountryAcronym, isThirdCountryWord, thirdCountryOf } from './third-countries.ts';

/** Words that head a role (English, lower case). */
export const EN_HEADS = new Set<string>(ROLE_HEADS_EN);

/** Other words a role phrase may contain (English, lower case). */
export const EN_PARTS = new Set<string>(ROLE_PARTS_EN);

/** Leading words to trim off a role phrase. */
const EN_TRIM = new Set<string>(ROLE_TRIM_EN);

const TOKEN = /[\p{L}\p{M}'’]+(?:[-.][\p{L}\p{M}'’]+)*|[–,-]/gu;

interface Tok {
  text: string;
  start: number;
}

/** The tokens of a text from a position on (0 or right after a space, where no token is cut). */
function tokens(s: string, from = 0): Tok[] {
  // Read straight into tokens: a list of match objects first, then mapped, was garbage on every name. TOKEN never
  // matches the empty string, so exec moves on by itself.
  const out: Tok[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) out.push({ text: m[0], start: m.index });
  TOKEN.lastIndex = 0;
  return out;
}

/** Characters of the window before a name read first by `roleBefore`. */
const TAIL = 100;

/**
 * Walks back from the name over role words: the first token of the phrase, and the token that stopped the walk
 * (-1 when it ran out of tokens).
 */
function walkBack(toks: Tok[], before: string, lang: 'en' | 'ru'): { first: number; stoppedAt: number } {
  let i = toks.length - 1;
  // Apposition: "the Minister of Foreign Affairs of China, Wang Yi".
  if (toks[i]?.text === ',' && before.trimEnd().endsWith(',')) i--;
  let first = i + 1;
  for (; i >= 0; i--) {
    const t = toks[i];
    if (!t || t.text === ',') break;
    // "… Satkaliyev and China's … head Zhang": an "and" right after a capitalised non-role word (a surname)
    // joins two people, not two parts of one title ("Minister of Trade and Integration").
    const prev = toks[i - 1]?.text ?? '';
    if (lang === 'en' && t.text === 'and' && /^[A-Z][a-z]+$/.test(prev) && !isRoleToken(prev, lang)) break;
    const orgWord = lang === 'en' && /^[A-Z][a-z]+$/.test(t.text) && i < toks.length - 1;
    if (!isRoleToken(t.text, lang) && !orgWord) break;
    first = i;
  }
  return { first, stoppedAt: i };
}

/** Russian role words by stem (lower case); heads are the words that make a phrase a role. */
// Tokens are lower-cased before the test: no case folding needed (it is slow with Unicode).
const RU_HEAD = new RegExp(`^${alternation([...ROLE_HEAD_STEMS_RU, ...KK.ROLE_HEAD_STEMS])}`, 'u');
const RU_PART = new RegExp(
  `^${alternation([...ROLE_PART_STEMS_RU, ...KK.ROLE_HEAD_STEMS, ...KK.ROLE_PART_STEMS])}`,
  'u',
);
/** Kazakh role words end in a genitive or an adjective ending («облысының», «Қазақстандағы»). */
const KK_ROLE_WORD = new RegExp(KK.ROLE_WORD_ENDINGS, 'u');

/** A role phrase found next to a name. */
export interface RoleContext {
  /** The phrase as written, country words included. */
  raw: string;
  /** Country the phrase assigns (from "Chinese", "of Kazakhstan", «КНР»…), null when none. */
  country: string | null;
  /** The holder is out of office ("former Ambassador", «бывший посол»): a commentator, not a party. */
  former?: boolean;
}

/** A word that puts a role's holder out of office (a token of its own, or "ex-"/«экс-» joined to the role). */
const FORMER_WORD = new RegExp(`^${alternation([...FORMER_EN, ...FORMER_RU_KK])}$`, 'iu');
const FORMER_JOINED = /^(?:ex|экс)-/i;
function isFormer(toks: Tok[], before: Tok | undefined): boolean {
  return (
    (before !== undefined && FORMER_WORD.test(before.text)) ||
    toks.some((t) => FORMER_WORD.test(t.text) || FORMER_JOINED.test(t.text))
  );
}

/** Russian adjectives (Жетысуской, национальной), genitive nouns (коммерции) and Latin names (CNPC) sit in roles. */
const RU_ADJ =
  /(?:ск|цк|н|в|ж|ш)(?:ой|ого|ая|ий|ый|ые|ых|ому|ым|ыми|ими|ую|ое)$|^[а-яё]+(?:ции|ии|ства|ости|ения|ания)$/;
/** City names sit inside roles too («посол … в Алматы», "Consul General in Xi'an"). */
const RU_CITY = new Set(
  CITIES.flatMap((c) => c.variants.filter((v) => /[а-яё]/i.test(v)).map((v) => v.toLowerCase())),
);
/** Chinese provinces end a post right before the name ("Vice Governor of Shaanxi Xu Mingfei", «провинции Цзилинь»). */
const CN_REGION_WORDS = PLACES.filter((p) => p.kind === 'region' && p.country === 'CN').flatMap((p) =>
  p.aliases.filter((a) => !/\s/.test(a)).map((a) => a.toLowerCase()),
);
const EN_REGION = new Set(CN_REGION_WORDS.filter((a) => /^[a-z]/.test(a)));
for (const r of CN_REGION_WORDS) if (/[а-яё]/.test(r)) RU_CITY.add(r);

/** The same cities by stem, for their case forms («горкома Карамая», «мэр Ланьчжоу»): stem plus two letters at most. */
const RU_CITY_STEMS = [...RU_CITY].map((v) => v.replace(/[аеиоуыьяюй]$/, '')).filter((v) => v.length >= 4);
const ruCityForm = (l: string) => RU_CITY_STEMS.some((c) => l.startsWith(c) && l.length - c.length <= 2);

/**
 * True for a word that may stand in a role phrase. The walk back from every name of a sentence reads the same
 * words again (and articles repeat role words): each word is judged once per language (bounded memos).
 */
function isRoleToken(t: string, lang: 'en' | 'ru'): boolean {
  return lang === 'en' ? roleTokenEn(t) : roleTokenRu(t);
}
const roleTokenEn = memoizeString((t: string) => judgeRoleToken(t, 'en'), 4000);
const roleTokenRu = memoizeString((t: string) => judgeRoleToken(t, 'ru'), 4000);

function judgeRoleToken(t: string, lang: 'en' | 'ru'): boolean {
  const l = t.toLowerCase();
  if (lang === 'en')
    return (
      EN_HEADS.has(l) ||
      EN_PARTS.has(l) ||
      EN_REGION.has(l) ||
      isThirdCountryWord(l) ||
      isThirdCountryAcronym(t)
    );
  return (
    RU_PART.test(l) ||
    RU_ADJ.test(l) ||
    RU_CITY.has(l) ||
    (/^[А-ЯЁ]/.test(t) && ruCityForm(l)) ||
    KK_ROLE_WORD.test(l) ||
    /^[A-Za-z][A-Za-z&-]*$/.test(t) ||
    /^[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}$/.test(t)
  );
}

function hasHead(toks: Tok[], lang: 'en' | 'ru'): boolean {
  return toks.some((t) =>
    lang === 'en' ? EN_HEADS.has(t.text.toLowerCase()) : RU_HEAD.test(t.text.toLowerCase()),
  );
}

function trimLeading(toks: Tok[], lang: 'en' | 'ru'): Tok[] {
  let i = 0;
  while (i < toks.length) {
    const l = toks[i]?.text.toLowerCase() ?? '';
    if (lang === 'en' ? EN_TRIM.has(l) : /^(и|по|в|во|–|-|,)$/.test(l)) i++;
    else break;
  }
  return toks.slice(i);
}

/**
 * A quoted name; first a company's legal forms with its nested name («АО «НК «ҚТЖ»», "АО "НК "ҚТЖ"), which Russian
 * often closes with one mark only.
 */
const QUOTED =
  /[«"](?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{1,5}\s+[«"]?){1,3}[^«»"]{1,60}[»"]{1,3}|«[^«»]{1,60}»|"[^"]{1,60}"|“[^“”]{1,60}”/g;
const orgMark = (q: string) => 'ORG'.padEnd(q.length, ' ');
/** Each quoted name as ORG and spaces (the same length, so offsets hold). */
function quotedAsOrg(s: string): string {
  return s.includes('«') || s.includes('"') || s.includes('“') ? s.replace(QUOTED, orgMark) : s;
}

/** The role phrase written right before a name (`before` is the sentence up to the name), or null. */
export function roleBefore(written: string, lang: 'en' | 'ru'): RoleContext | null {
  // A quoted company name («Самрук-Қазына», "China Railway") sits inside a role as one word: a placeholder of the
  // same length keeps the offsets.
  const before = quotedAsOrg(written);
  // A role phrase is a few words: the walk back from the name reads the last words first, and the whole window
  // only when the phrase may go on before them. Cut after a space, the last words' tokens are the whole's.
  const cut = before.length > TAIL ? before.lastIndexOf(' ', before.length - TAIL) + 1 : 0;
  let toks = tokens(before, cut);
  let walk = walkBack(toks, before, lang);
  if (cut > 0 && walk.stoppedAt < 1) {
    toks = tokens(before);
    walk = walkBack(toks, before, lang);
  }
  let first = walk.first;
  // Capitalised words only count inside a role; trailing ones before the first role word are not part of it.
  while (first < toks.length && lang === 'en' && !isRoleToken(toks[first]?.text ?? '', lang)) first++;
  const phrase = trimLeading(toks.slice(first), lang).filter((t) => t.text !== ',');
  if (phrase.length === 0 || !hasHead(phrase, lang)) return null;
  const start = phrase[0]?.start ?? 0;
  // A dateline ("ASTANA –") in front of the role is not part of it.
  const whole = written
    .slice(start)
    .replace(/[\s,]+$/, '')
    .replace(/^[A-ZА-ЯЁ][A-ZА-ЯЁ'’ .]{2,}\s*(?:\([^)]*\))?\s*[–-]+\s*/u, '');
  // An outlet's label ("Beijing, The Gulf Observer: Chinese Foreign Minister") ends at its colon.
  const raw = whole.replace(/^[^:]*:\s*/u, '') || whole;
  if (raw === '') return null;
  const role: RoleContext = { raw, country: countryOfRole(raw, lang) };
  if (isFormer(phrase, toks[first - 1])) role.former = true;
  return role;
}

/** The role phrase written right after a name ("Wang Yi, Chinese Foreign Minister, said"), or null. */
export function roleAfter(after: string, lang: 'en' | 'ru'): RoleContext | null {
  const m = /^\s*(?:,|\(|–)\s*/.exec(after);
  if (!m) return null;
  const rest = after.slice(m[0].length);
  // The apposition runs to the next comma, bracket or full stop; a role is short ("managing director of KTZ Express").
  const stop = rest.search(/[,;()]|\.(?:\s|$)|\s(?:said|says|noted|told|who|which|сказал|отметил|заявил)\b/);
  const raw = (stop < 0 ? rest : rest.slice(0, stop)).trim();
  if (raw.split(/\s+/).length > 14) return null;
  const phrase = trimLeading(tokens(raw), lang);
  if (phrase.length === 0 || !hasHead(phrase, lang)) return null;
  // "Murat Nurtleu, Chinese Deputy FM Sun Weidong discuss …": two capitalised words outside the role vocabulary
  // are the next person's name, so this is a list of people, not an apposition.
  if (lang === 'en' && hasNamePair(phrase)) return null;
  const cut = raw.slice(phrase[0]?.start ?? 0);
  const role: RoleContext = { raw: cut, country: countryOfRole(cut, lang) };
  if (isFormer(phrase, undefined)) role.former = true;
  return role;
}

function hasNamePair(toks: Tok[]): boolean {
  const nameLike = (t: Tok | undefined) =>
    !!t && /^[A-Z][a-z]+$/.test(t.text) && !isRoleToken(t.text, 'en') && !EN_TRIM.has(t.text.toLowerCase());
  // A company name ("President of Huawei Technologies") also pairs capitals; a name is followed by its verb.
  const verbLike = (t: Tok | undefined) => !!t && /^[a-z]+$/.test(t.text) && !isRoleToken(t.text, 'en');
  return toks.some((t, i) => nameLike(t) && nameLike(toks[i + 1]) && toks.slice(i + 2).some(verbLike));
}

const EN_KZ = /\b(kazakh|kazakhstan|kazakhstan's|kazakhstani|rk)\b/i;
const EN_CN =
  /\b(chinese|china|china's|prc|cpc|communist party|state council|xinjiang|npc|cppcc|national people's congress|people's political consultative)\b/i;
const RU_KZ =
  /(казахстан|казахск|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])рк(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]))/i;
const RU_CN =
  /(кнр|кита[йяюе]|(?<![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])кпк(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])|госсовет|синьцзян|вснп)/i;

/** The country a role phrase names as the holder's own (host-country phrases "to/in X" do not count). */
export function countryOfRole(raw: string, lang: 'en' | 'ru'): string | null {
  // Role phrases recur from name to name and article to article ("Foreign Minister", «Президент РК»): each is
  // read once (a bounded memo; the answer depends on the phrase and the language only).
  return lang === 'en' ? countryEn(raw) : countryRu(raw);
}
const countryEn = memoizeString((raw: string) => readCountryOfRole(raw, 'en'), 2000);
const countryRu = memoizeString((raw: string) => readCountryOfRole(raw, 'ru'), 2000);

function readCountryOfRole(raw: string, lang: 'en' | 'ru'): string | null {
  const own =
    lang === 'en'
      ? raw.replace(
          /\b(?:to|in)\s+(?:the\s+)?(?:republic of\s+|people's republic of\s+)?(kazakhstan|china|prc)\b/gi,
          '',
        )
      : raw.replace(/\s(?:в|во)\s+(?:республик\S*\s+)?(казахстан\S*|китае|кнр|рк)/gi, '');
  const text = lang === 'en' ? own : own.toLowerCase();
  const kz = lang === 'en' ? EN_KZ.exec(text) : RU_KZ.exec(text);
  const cn = lang === 'en' ? EN_CN.exec(text) : RU_CN.exec(text);
  if (kz && cn) return kz.index < cn.index ? 'KZ' : 'CN';
  if (kz) return 'KZ';
  if (cn) return 'CN';
  return thirdCountryOf(own.replace(/\b(?:to|in)\s+(?:the\s+)?\S+(?:\s+\S+)?$/i, ''));
}

/** Removes the holder's country from an English role: "Chinese Foreign Minister" → "Foreign Minister". */
export function cleanEnglishRole(raw: string): string {
  return raw
    .replace(/^(?:the\s+)?(?:new(?:ly appointed)?\s+)?/i, '')
    .replace(/^(?:kazakh|kazakhstani|kazakhstan's|kazakhstan|chinese|china's|prc)\s+/i, '')
    .replace(
      /\s+of\s+(?:the\s+)?(?:republic of kazakhstan|people's republic of china|kazakhstan|prc|rk)\b/gi,
      '',
    )
    .replace(/(?<!party)\s+of\s+china\b/gi, '')
    .replace(/\s+-\s+/g, ' – ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Russian role wordings → English, most specific first. */
const RU_ROLES: Array<[RegExp, string]> = ROLE_WORDINGS_RU.map(([src, en]) => [new RegExp(src), en]);

/** Translates a Russian role phrase to English where it is a common wording; otherwise keeps the Russian. */
export function englishRoleFromRussian(raw: string): string {
  const l = raw.toLowerCase();
  // «вице-министр торговли…», «заместитель министра коммерции…»: the deputy of a ministerial role.
  const deputy = /^(?:\S+\s+)?(?:вице-министр\S*|заместител\S*\s+министр\S*)\s+(?!иностранных)/.exec(l);
  if (deputy) {
    const rest = englishRoleFromRussian(`министр ${l.slice(deputy[0].length)}`);
    if (rest.startsWith('Minister')) return `Deputy ${rest}`;
  }
  const vice = /^(?:\S+\s+)?заместител\S*\s+председател\S*\s+/.exec(l);
  if (vice) {
    const rest = englishRoleFromRussian(`председатель ${l.slice(vice[0].length)}`);
    if (rest.startsWith('Chairman')) return `Vice ${rest}`;
  }
  for (const [re, en] of RU_ROLES) if (re.test(l)) return en;
  return raw;
}
