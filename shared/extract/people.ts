/** Participants and mentioned people of an article: names, roles, countries, and who took part. */
import type { Person } from '../domain/index.ts';
import { foldCyrillic, foldLatin, lookupSurname, PEOPLE, roleInYear } from './gazetteer/index.ts';
import { findNames, type NameHit } from './names.ts';
import { cleanEnglishRole, englishRoleFromRussian } from './roles.ts';
import type { Sentence } from './sentences.ts';

/** Verbs and nouns that make a sentence report taking part in the event. */
const PARTICIPATION_EN =
  /\b(held|hold|holds|talks|met|meets?|meeting|received|receives?|hosted|visit(?:ed|s|ing)?|arrived|signed|sign|discuss(?:ed|es|ing)?|phone|telephone|conversation|call|took part|take part|participated|attended|co-chaired|chaired|said|says|stated|noted|emphasi[sz]ed|stressed|underlined|added|highlighted|expressed|told|remarked|pointed out|welcomed|thanked|praised|proposed|invited|reviewed|exchanged|briefed|spoke|speaking|delivered|opened|inaugurated)\b/i;
const PARTICIPATION_RU =
  /(переговор|председательств|сопредседател|состоял|встреч|встрет|принял|приня|провел|провёл|посетил|визит|прибыл|подписал|подписан|обсудил|обсуждени|телефон|разговор|отметил|заявил|подчеркнул|сказал|сообщил|выразил|предложил|пригласил|участ|обменял|поблагодарил|приветствовал|выступ|келіссөз|кездес|қабылда|сапар|сөйлес|қол қой|атап өтт|деді|талқыла)/i;

/** Phrases right before a name that make the person only mentioned (a message read out, a past visit). */
const MENTION_CUE =
  /(\b(?:message|greetings?|letter|congratulations?|condolences|regards|wishes|instructions?|initiative|address|decree|behalf|words)\s+(?:from|of|by|sent by)\b|\bconveyed\b|\bvisit(?:s)? of\b|\breached (?:by|between|during)\b|\bagreed (?:upon )?by\b|\bproposed by\b|\bput forward by\b|\binitiated by\b|\bnamed after\b|\bearlier\b|\bpreviously\b|\bwill (?:meet|visit|hold|attend|travel)\b|\b(?:is|are) (?:expected|scheduled|set|due) to\b|\bupcoming\b|\bforthcoming\b|\bahead of\b|визит\S*|передать|передал\S*|пожелани\S*|встретится|посетит|примет участие|предстоящ\S*|ожидается|послани\S*|приветстви\S*|поздравлени\S*|письм\S*|от имени|по поручению|по инициативе|визит\S* (?:президента|председателя|главы)|достигнут\S*|ранее)/gi;
const MENTION_AFTER =
  /^'s\s+(?:\w+\s+)?(message|greetings?|letter|invitation|initiative|address|instructions?|decree|words|congratulations|visit|trip|proposal)/i;
const BETWEEN_BLOCKERS = /\b(met|held|talks with|with|received)\b|(?<![а-яё])с(?![а-яё])|принял|провел/i;
/** Body sentences about what will happen later ("Tokayev will also meet Premier Li") name people not yet met. */
const FUTURE =
  /\bwill (?:also )?(?:meet|visit|hold talks|attend|travel)\b|встретится|посетит|примет участие|проведет переговоры/i;
/** A sentence set at another time ("In June, President Xi paid a state visit"): its people are only mentioned. */
const OTHER_TIME =
  /^(?:in|last|earlier this|since) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)|^(?:в|еще в) (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?![а-яё])|^in (?:19|20)\d\d\b|^в (?:19|20)\d\d год/i;

type Status = 'participant' | 'mentioned';

const CHINESE_SURNAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao qin ' +
    'cui le xi wen mao qiu jia bai ning yin dai fu hou shi kong tan qian jin meng gu lei shao wan ji'
  ).split(' '),
);
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|uai|uan|ian|iao|ing|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|ue|a|o|e|i|u)';
const PINYIN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`);
const KZ_SURNAME = /(?:ov|ev|yev|ova|eva|yeva|uly|kyzy|uly|bekov|bayev|in|ina)$/i;

/** A country guess from the name alone when the text gives none: pinyin names → CN, Kazakh-style → KZ. */
function countryFromName(name: string): string | null {
  const parts = name.toLowerCase().split(/\s+/);
  const [sur, ...given] = parts;
  if (sur && CHINESE_SURNAMES.has(sur) && given.length === 1 && PINYIN_NAME.test(given[0] ?? '')) return 'CN';
  if (parts.length >= 2 && KZ_SURNAME.test(parts.at(-1) ?? '')) return 'KZ';
  return null;
}

function statusOf(s: Sentence, hit: NameHit): Status {
  const before = s.text.slice(Math.max(0, hit.start - 90), hit.start);
  const cues = [...before.matchAll(MENTION_CUE)];
  const lastCue = cues.at(-1);
  if (lastCue) {
    const between = before.slice((lastCue.index ?? 0) + lastCue[0].length);
    if (!BETWEEN_BLOCKERS.test(between)) return 'mentioned';
  }
  if (MENTION_AFTER.test(s.text.slice(hit.end))) return 'mentioned';
  if (OTHER_TIME.test(s.text)) return 'mentioned';
  if (s.zone === 'body' && FUTURE.test(s.text)) return 'mentioned';
  return PARTICIPATION_EN.test(s.text) || PARTICIPATION_RU.test(s.text) ? 'participant' : 'mentioned';
}

interface Acc {
  name: string;
  role: string | null;
  country: string | null;
  status: Status;
  order: number;
  tokens: string[];
  cyrTokens: string[];
}

const TITLE_WORDS =
  /Minister|Mr|Ms|Mrs|Ambassador|President|Premier|Chairman|Chairwoman|Secretary|Counsellor|Premier|Spokesperson|Envoy|министр|посол|посл|президент|председател|премьер|господин/i;
const SPEECH_WORDS =
  /said|noted|stated|emphasi[sz]ed|stressed|added|underlined|remarked|отметил|заявил|подчеркнул|сказал|сообщил|добавил/i;
const TITLE_EN =
  /\b(?:Minister|Mr\.?|Ms\.?|Mrs\.?|Ambassador|President|Premier|Chairman|Chairwoman|Secretary|Counsellor|Vice[- ]Premier|Spokesperson|Envoy)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+[A-Z][a-z])/g;
const SPEECH_EN =
  /\b(?:said|noted|stated|emphasi[sz]ed|stressed|added|underlined|remarked)\s+([A-Z][a-z]+)\b(?!\s+[A-Z][a-z])|(?<![A-Z][a-z]+\s)\b([A-Z][a-z]+)\s+(?:said|noted|stated|emphasi[sz]ed|stressed|added|underlined)\b/g;
const TITLE_RU =
  /(?:министр\S*|посол|посл[аоу]м?|президент\S*|председател\S*|премьер\S*|господин\S*|вице-премьер\S*)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\s-]+[А-ЯЁ])/g;
const SPEECH_RU = /([А-ЯЁ][а-яё]{3,})\s+(?:отметил|заявил|подчеркнул|сказал|сообщил|добавил)/g;

function resolveSurname(word: string, people: Acc[], cyr: boolean): { acc?: Acc; name?: string } {
  if (cyr) {
    const f = foldCyrillic(word);
    const hit = people.filter((p) =>
      p.cyrTokens.some((t) => t.length >= 3 && (f === t || (f.startsWith(t) && f.length - t.length <= 2))),
    );
    if (hit.length === 1) return { acc: hit[0] };
    const known = PEOPLE.filter(
      (p) =>
        p.country !== 'CN' &&
        p.cyr.some((c) => {
          const sur = foldCyrillic(c.split(/\s+/).at(-1) ?? '');
          return f === sur || (f.startsWith(sur) && f.length - sur.length <= 2);
        }),
    );
    return known.length === 1 && known[0] ? { name: known[0].name } : {};
  }
  const f = foldLatin(word);
  const hit = people.filter((p) => p.tokens.includes(f));
  if (hit.length === 1) return { acc: hit[0] };
  const known = lookupSurname(word);
  return known ? { name: known.name } : {};
}

/** Extracts the people of an article and splits them into participants and mentioned. */
export function extractPeople(
  sentences: Sentence[],
  lang: 'en' | 'ru',
  year: number | null,
): { participants: Person[]; mentioned: Person[] } {
  const people = new Map<string, Acc>();
  const add = (
    name: string,
    role: string | null,
    country: string | null,
    status: Status,
    order: number,
    cyr: string[],
  ) => {
    const key = foldLatin(name);
    const cur = people.get(key);
    if (!cur) {
      const tokens = key.split(/\s+/);
      people.set(key, { name, role, country, status, order, tokens, cyrTokens: cyr });
      return;
    }
    if (status === 'participant') cur.status = 'participant';
    cur.role ??= role;
    cur.country ??= country;
    if (cur.cyrTokens.length === 0) cur.cyrTokens = cyr;
  };
  const covered: Array<Array<[number, number]>> = sentences.map(() => []);
  for (const [k, s] of sentences.entries()) {
    for (const hit of findNames(s.text, lang, s.zone === 'title')) {
      const raw = hit.role?.raw ?? null;
      const role =
        raw === null ? null : /[а-яё]/i.test(raw) ? englishRoleFromRussian(raw) : cleanEnglishRole(raw);
      const gazRole = hit.known ? roleInYear(hit.known, year) : null;
      const country = hit.role?.country ?? hit.known?.country ?? countryFromName(hit.name);
      add(hit.name, role ?? gazRole, country, statusOf(s, hit), k * 1000 + hit.start, hit.cyrTokens);
      covered[k]?.push([hit.start, hit.end]);
    }
  }
  // Surname-only mentions ("Minister Nurtleu", "said Wang Yi" already full) resolve to people found above.
  const list = [...people.values()];
  for (const [k, s] of sentences.entries()) {
    const cyr = /[а-яё]/i.test(s.text);
    // Cheap word checks first: most sentences have no title word and no speech verb.
    const patterns = (cyr ? [TITLE_RU, SPEECH_RU] : [TITLE_EN, SPEECH_EN]).filter((_re, i) =>
      (i === 0 ? TITLE_WORDS : SPEECH_WORDS).test(s.text),
    );
    for (const re of patterns) {
      for (const m of s.text.matchAll(re)) {
        const word = m[1] ?? m[2];
        if (!word) continue;
        const start = (m.index ?? 0) + m[0].indexOf(word);
        const end = start + word.length;
        if (covered[k]?.some(([a, b]) => start < b && a < end)) continue;
        const { acc, name } = resolveSurname(word, list, cyr);
        const hit: NameHit = { name: name ?? '', start, end, known: null, role: null, cyrTokens: [] };
        const status = statusOf(s, hit);
        if (acc) {
          if (status === 'participant') acc.status = 'participant';
        } else if (name) {
          const known = PEOPLE.find((p) => p.name === name);
          add(
            name,
            known ? roleInYear(known, year) : null,
            known?.country ?? null,
            status,
            k * 1000 + start,
            [],
          );
          list.splice(0, list.length, ...people.values());
        }
      }
    }
  }
  const sorted = [...people.values()].sort((a, b) => a.order - b.order);
  const toPerson = (a: Acc): Person => ({ name: a.name, role: a.role, country: a.country });
  return {
    participants: sorted.filter((a) => a.status === 'participant').map(toPerson),
    mentioned: sorted.filter((a) => a.status === 'mentioned').map(toPerson),
  };
}
