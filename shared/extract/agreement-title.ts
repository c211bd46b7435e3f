/** A readable title for a document mention, and how alike two titles are. */

import * as en from './lexicon/en/documents.ts';
import * as ru from './lexicon/ru/documents.ts';
import { memoizeString } from './memo.ts';
import { alternation, caseless, regex } from './pack-words.ts';

const DOC_WORDS = [...en.DOC_TYPES, ...ru.DOC_TYPES].flatMap(([, w]) => w);
const L = '[\\p{L}\\p{N}]';

/**
 * Where a document's complement ends: clause punctuation, a reporting tail, a new verb, or the next document.
 * Run on folded text (`caseless`): the case-insensitive alternation of every document word cost tens of
 * milliseconds to compile.
 */
const TITLE_END = caseless(
  [
    '[;:.!?](?:\\s|$)',
    ',\\s*(?:and|as well as|а также|и|but|но|однако)\\s',
    ',\\s*(?:as|according|said|reported|informed|сообщ|передает)',
    // "…, Deputy Minister Bakyt Ospanov told reporters": a reporting clause after a comma.
    `,\\s+[^,;]{0,80}?\\s(?:told|said|says|reported|announced|noted|сообщил|заявил|отметил)(?!${L})`,
    `,\\s*(?:which|who|that|где|который)(?!${L})`,
    // "… and agreed to prepare a roadmap": a new verb of the same subject ends the title.
    `\\s+(?:and|и)\\s+(?:exchanged|signed|agreed|decided|discussed|noted|also|обменял|подписал|договорил|решил|обсудил|отметил|также)`,
    '\\s+(?:during|at the|in the presence|on the sidelines|following|в ходе|во время|в присутствии|на полях)\\s',
    `\\s+(?:and|и)\\s+(?:an?\\s+|the\\s+)?(?:\\S+\\s+){0,2}${alternation(DOC_WORDS)}(?!${L})`,
    '$',
  ].join('|'),
  'iu',
);
/**
 * A verb after the document noun ends its name ("… was signed by", «… было подписано», «подписание соглашения
 * … состоится»): from it to the end.
 */
const VERB_TAIL = caseless(
  String.raw`\s+(?:was|were|has been|have been|is|are|will be|signed|inked|concluded|exchanged|worth|была?|были|будет|планируется|предстоит|подписан\S*|подписать|подписали|вступил\S*|согласован\S*|will take place|took place|takes place|состоится|состоятся|состоял\S*|пройд[её]т|прошл[аио])(?![\p{L}]).*$`,
  'iu',
);

/** A word of three letters or more. */
const CONTENT_WORD = regex(String.raw`[\p{L}\d]{3,}`, 'gu');

/** Kazakh puts what a document is about before it ("… туралы шартқа қол қойылды"): take the words before. */
function kazakhTitle(sentence: string, start: number, word: string): string {
  const head = sentence.slice(0, start + word.length);
  const by = head.lastIndexOf(' бойынша ');
  const dot = head.lastIndexOf('. ');
  const from = Math.max(by < 0 ? 0 : by + ' бойынша '.length, dot < 0 ? 0 : dot + 2);
  return capital(head.slice(from).trim().split(/\s+/).slice(-12).join(' '));
}

function capital(t: string): string {
  return t.length > 0 ? (t[0]?.toUpperCase() ?? '') + t.slice(1) : t;
}

/** The document's noun phrase with its complement, up to the clause end: "Memorandum of Cooperation between …". */
export function titleAt(sentence: string, start: number, word = ''): string {
  if (/[әғқңөұүһі]/i.test(sentence)) return kazakhTitle(sentence, start, word);
  // A title is at most 25 words: 400 characters are enough to find where it ends.
  const rest = sentence.slice(start, start + 400);
  // Search after the noun itself, so "and" inside "memorandum and" of the noun does not cut it.
  const cut = TITLE_END.search(rest.slice(word.length));
  let t = rest.slice(0, cut < 0 ? rest.length : cut + word.length).trim();
  // The tail pattern ends with `.*$`: its first match runs to the end, so removing it is cutting there.
  const tail = VERB_TAIL.search(t);
  t = (tail < 0 ? t : t.slice(0, tail)).replace(/[,"'\s]+$/, '');
  // "the memorandum on the establishment of which was signed": name what "which" points back to.
  if (/\b(?:of|on) which$/i.test(t)) {
    const named = [...sentence.slice(0, start).matchAll(/\bthe ((?:[A-Z][\w'-]+\s?)+)/g)].at(-1)?.[1]?.trim();
    t = t.replace(/\s*\b(of|on) which$/i, named ? ` $1 the ${named}` : '');
  }
  const words = t.split(/\s+/);
  if (words.length > 25) t = words.slice(0, 25).join(' ');
  return capital(t);
}

const STOPWORDS = new Set(
  "the and for between with from kazakhstan china republic people's chinese kazakh два двух между республикой казахстан китайской народной республики кнр agreement agreements соглашение соглашения cooperation сотрудничестве".split(
    ' ',
  ),
);

/**
 * Content words cut to five letters, so that inflected forms meet («переходе», «перехода»). Repeat checks compare
 * every pair of an article's titles: each title's words are read once (the sets are never mutated).
 */
const contentWords = memoizeString(
  (t: string): Set<string> =>
    new Set(
      (t.toLowerCase().match(CONTENT_WORD) ?? []).filter((w) => !STOPWORDS.has(w)).map((w) => w.slice(0, 5)),
    ),
  500,
);

/**
 * How alike two titles are: shared content words over the smaller title (an overlap coefficient), 0 when they
 * share fewer than two words. A summary "memoranda on … a steel mill in Pavlodar" and the detailed
 * "memorandum on building the Pavlodar steel mill" are one document.
 */
export function overlap(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  if (n < 2 && !(n === 1 && Math.min(wa.size, wb.size) === 1)) return 0;
  return n / Math.min(wa.size, wb.size);
}
