/** Surname-only mentions ("Minister Nurtleu", "said Wang", «отметил Козбеков») resolved to full names. */

import { execAll } from './exec-all.ts';
import { foldCyrillic, foldLatin, lookupSurname, PEOPLE } from './gazetteer/index.ts';
import { alternation } from './lexicon/build.ts';
import * as KK from './lexicon/kk/people.ts';
import type { Sentence } from './sentences.ts';

/** The fields of a person the resolver needs (see Acc in people.ts). */
interface Known {
  tokens: string[];
  cyrTokens: string[];
}

/** One surname-only occurrence: the person it resolves to (found earlier) or a known full name. */
export interface SurnameMention<T extends Known> {
  acc?: T;
  name?: string;
  /** The title written before the surname ("Minister" in "said Minister Nurtleu"), if any. */
  title: string | null;
  sentence: number;
  start: number;
  end: number;
  order: number;
}

/**
 * Cheap literal pre-tests, one per script, before the patterns below: most sentences have no title word and no
 * speech verb. Case-sensitive like the patterns they guard (a case-insensitive alternation cost as much as the
 * patterns), and each holds a literal every match of its patterns contains.
 */
const TITLE_WORDS_EN =
  /Minister|Mr|Ms|Ambassador|President|Premier|Chairman|Chairwoman|Secretary|Counsellor|Spokesperson|Envoy|Akim|Governor/;
const SPEECH_WORDS_EN = /said|noted|stated|emphasi[sz]ed|stressed|added|underlined|remarked/;
const TITLE_WORDS_RU = /министр|посол|посл|президент|председател|премьер|господин|аким|губернатор/;
const SPEECH_WORDS_RU = /отметил|заявил|подчеркнул|сказал|сообщил|добавил/;
const TITLE_EN =
  /\b(?:Minister|Mr\.?|Ms\.?|Mrs\.?|Ambassador|President|Premier|Chairman|Chairwoman|Secretary|Counsellor|Vice[- ]Premier|Spokesperson|Envoy|Akim|Governor)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+[A-Z][a-z])/g;
const SPEECH_EN =
  /\b(?:said|noted|stated|emphasi[sz]ed|stressed|added|underlined|remarked)\s+([A-Z][a-z]+)\b(?!\s+[A-Z][a-z])|(?<![A-Z][a-z]+\s)\b([A-Z][a-z]+)\s+(?:said|noted|stated|emphasi[sz]ed|stressed|added|underlined)\b/g;
const TITLE_RU =
  /(?:министр\S*|посол|посл[аоу]м?|президент\S*|председател\S*|премьер\S*|господин\S*|вице-премьер\S*|аким\S*|губернатор\S*)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\s-]+[А-ЯЁ])/g;
const SPEECH_RU = /([А-ЯЁ][а-яё]{3,})\s+(?:отметил|заявил|подчеркнул|сказал|сообщил|добавил)/g;
/**
 * Kazakh: a role word («министр», «әкім», «Елбасы») or an initial («Қ.», «Н. ») before a capitalised surname. A
 * first name after the role is no surname of anyone known (full names were found and covered before).
 */
const KK_CAP = '[А-ЯӘҒҚҢӨҰҮҺІ]';
const KK_LOW = '[а-яёәғқңөұүһі]';
const KK_TITLES = alternation([
  ...KK.TITLES_BEFORE,
  ...KK.TITLES_BEFORE.map((t) => (t[0] ?? '').toUpperCase() + t.slice(1)),
]);
const TITLE_KK = new RegExp(
  `(?<!\\p{L})(?:${KK_TITLES})\\s+(${KK_CAP}${KK_LOW}{2,}(?:-${KK_CAP}${KK_LOW}+)?)|(?<![\\p{L}.])${KK_CAP}\\.\\s?(${KK_CAP}${KK_LOW}{2,})`,
  'gu',
);
/** A bare capitalised Kazakh word: a surname only when it is one of a person the article already named. */
const BARE_KK = new RegExp(`(?<![\\p{L}.-])(${KK_CAP}${KK_LOW}{3,})(?![\\s-]+${KK_CAP}${KK_LOW})`, 'gu');
/** «Елбасы» (with a case ending): the one holder of the title, his name written after it or not. */
const TITLE_ALONE_KK = new RegExp(
  `(?<!\\p{L})(${Object.keys(KK.TITLE_OF_ONE)
    .map((t) => `[${(t[0] ?? '').toUpperCase()}${t[0]}]${t.slice(1)}`)
    .join('|')})${KK_LOW}{0,5}(?![\\p{L}])`,
  'gu',
);
const KAZAKH = /[әғқңөұүһі]/i;
/** A Kazakh case ending on a surname (the resolver allows two letters; Kazakh ones have three). */
const KK_ENDING = new RegExp(`(?:${KK.CASE_ENDINGS.join('|')})$`);

/** Folded Cyrillic surnames of the known non-Chinese people (Chinese surnames are too common alone). */
const CYR_SURNAMES = PEOPLE.filter((p) => p.country !== 'CN').map(
  (p) => [p, p.cyr.map((c) => foldCyrillic(c.split(/\s+/).at(-1) ?? ''))] as const,
);
/**
 * CYR_SURNAMES entries by the first two letters of a surname (a word starts as its surname does), and those with
 * a shorter one: a word is tried against the few entries it may match, not all of them.
 */
const SURNAME_HEADS = new Map<string, number[]>();
const SHORT_SURNAMES: number[] = [];
for (const [i, [, surs]] of CYR_SURNAMES.entries())
  for (const sur of surs) {
    const list = sur.length < 2 ? SHORT_SURNAMES : (SURNAME_HEADS.get(sur.slice(0, 2)) ?? []);
    if (!list.includes(i)) list.push(i);
    if (sur.length >= 2) SURNAME_HEADS.set(sur.slice(0, 2), list);
  }
/** The CYR_SURNAMES entries a folded word may start with a surname of, in list order. */
function surnameCandidates(f: string): Array<(typeof CYR_SURNAMES)[number]> {
  const at = new Set([...SHORT_SURNAMES, ...(SURNAME_HEADS.get(f.slice(0, 2)) ?? [])]);
  const out: Array<(typeof CYR_SURNAMES)[number]> = [];
  for (const i of [...at].sort((a, b) => a - b)) {
    const entry = CYR_SURNAMES[i];
    if (entry) out.push(entry);
  }
  return out;
}

/** Title words and the gazetteer roles they stand for. */
const TITLE_ROLES: Array<[RegExp, RegExp]> = [
  [/^(?:president|chairman|председател)/i, /^President$/],
  [/^(?:premier|премьер)/i, /^Premier/],
];

/**
 * The known Chinese officials with a current role (the first listed, with no end year), with the first word of
 * each spelling folded once at load: the title test reads them for every "President Xi" of every article.
 */
const CN_CURRENT = PEOPLE.filter((p) => p.country === 'CN' && p.roles[0]?.[2] === null).map((p) => ({
  name: p.name,
  role: p.roles[0]?.[0] ?? '',
  cyrFirst: p.cyr.map((c) => foldCyrillic(c).split(/\s+/)[0]),
  latinFirst: p.name.split(' ')[0]?.toLowerCase(),
}));

/** The one known Chinese official with this surname whose current role the title names, if exactly one. */
function chineseByTitle(word: string, title: string, cyr: boolean): string | undefined {
  const role = TITLE_ROLES.find(([t]) => t.test(title))?.[1];
  if (!role) return undefined;
  const f = cyr ? foldCyrillic(word) : word.toLowerCase();
  const bare = cyr ? f.replace(/(?:ом|ем|а|я|у|ю|е)$/, '') : f;
  const hits = CN_CURRENT.filter(
    (p) =>
      role.test(p.role) &&
      (cyr ? p.cyrFirst.some((first) => first === bare || first === f) : p.latinFirst === f),
  );
  return hits.length === 1 ? hits[0]?.name : undefined;
}

/** The first letter of each Cyrillic spelling's first name, folded («Қырымбек» → к). */
function initialsOf(p: (typeof PEOPLE)[number]): string[] {
  return p.cyr.map((c) => foldCyrillic(c).charAt(0));
}

function resolve<T extends Known>(
  word: string,
  people: T[],
  cyr: boolean,
  initial = '',
): { acc?: T; name?: string } {
  if (cyr) {
    const f = foldCyrillic(word);
    const hit = people.filter((p) =>
      p.cyrTokens.some((t) => t.length >= 3 && (f === t || (f.startsWith(t) && f.length - t.length <= 2))),
    );
    if (hit.length === 1) return { acc: hit[0] };
    // «Қ.Көшербаев»: the initial tells apart two known people of one surname.
    const known = surnameCandidates(f)
      .filter(
        ([p, surs]) =>
          surs.some((sur) => f === sur || (f.startsWith(sur) && f.length - sur.length <= 2)) &&
          (initial === '' || initialsOf(p).includes(initial)),
      )
      .map(([p]) => p);
    return known.length === 1 && known[0] ? { name: known[0].name } : {};
  }
  const f = foldLatin(word);
  const hit = people.filter((p) => p.tokens.includes(f));
  if (hit.length === 1) return { acc: hit[0] };
  const known = lookupSurname(word);
  return known ? { name: known.name } : {};
}

/** Surname-only occurrences outside the `covered` spans, resolved against `people` (found so far) and the gazetteer. */
export function findSurnameMentions<T extends Known>(
  sentences: Sentence[],
  covered: Array<Array<[number, number]>>,
  people: T[],
): Array<SurnameMention<T>> {
  const out: Array<SurnameMention<T>> = [];
  for (const [k, s] of sentences.entries()) {
    const cyr = /[а-яё]/i.test(s.text);
    // Cheap word checks first: most sentences have no title word and no speech verb.
    const patterns: RegExp[] = [];
    if ((cyr ? TITLE_WORDS_RU : TITLE_WORDS_EN).test(s.text)) patterns.push(cyr ? TITLE_RU : TITLE_EN);
    if ((cyr ? SPEECH_WORDS_RU : SPEECH_WORDS_EN).test(s.text)) patterns.push(cyr ? SPEECH_RU : SPEECH_EN);
    if (cyr && KAZAKH.test(s.text)) patterns.push(TITLE_KK, BARE_KK, TITLE_ALONE_KK);
    for (const re of patterns) {
      for (const m of execAll(re, s.text)) {
        const word = m[1] ?? m[2];
        if (!word) continue;
        const start = (m.index ?? 0) + m[0].indexOf(word);
        const end = start + word.length;
        if (covered[k]?.some(([a, b]) => start < b && a < end)) continue;
        const title = m[0].slice(0, m[0].indexOf(word)).trim();
        const kk = re === TITLE_KK || re === BARE_KK;
        // The initial of «Қ.Көшербаев» (an initial match has no second group).
        const initial = re === TITLE_KK && m[2] ? foldCyrillic(m[0].charAt(0)) : '';
        let found =
          re === TITLE_ALONE_KK
            ? { name: KK.TITLE_OF_ONE[word.toLowerCase()] }
            : resolve(word, people, cyr, initial);
        // «Назарбаевпен»: a Kazakh ending of three letters, taken off when the whole word resolves to nobody.
        if (kk && !found.acc && !found.name && KK_ENDING.test(word))
          found = resolve(word.replace(KK_ENDING, ''), people, cyr, initial);
        // Bare, only a surname counts: «Қасымов» must not resolve to a first name «Қасым».
        const surname = found.acc?.cyrTokens.at(-1);
        if (re === BARE_KK && !(surname && foldCyrillic(word).startsWith(surname))) continue;
        // "President Xi", «председателем Си»: a Chinese surname with the title of the one official holding it.
        const { acc, name } =
          found.acc || found.name || re !== (cyr ? TITLE_RU : TITLE_EN)
            ? found
            : { name: chineseByTitle(word, title, cyr) };
        if (!acc && !name) continue;
        covered[k]?.push([start, end]);
        out.push({
          acc,
          name,
          title: re === TITLE_EN || re === TITLE_RU || re === TITLE_KK ? title : null,
          sentence: k,
          start,
          end,
          order: k * 1000 + start,
        });
      }
    }
  }
  return out;
}
