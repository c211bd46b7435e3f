/**
 * Clause-level evidence of taking part: for one occurrence of a name in a sentence, is the person a counterpart
 * of the meeting, present at it, speaking at it, the author of the statement, or only named (greetings conveyed,
 * quoted, an initiative, an addressee, an earlier or planned meeting)?
 */
import { alternation, WB_END, wordsRegex } from './lexicon/build.ts';
import * as EN from './lexicon/en/people.ts';
import * as RU from './lexicon/ru/people.ts';
import type { Sentence } from './sentences.ts';

/** What one occurrence says about its person. */
export type Evidence = 'event' | 'attend' | 'speech' | 'author' | 'source' | 'other' | 'mention' | 'none';

const EVENT = wordsRegex([...EN.EVENT_EN, ...RU.EVENT_RU], { global: true });
const ATTEND = wordsRegex([...EN.ATTEND_EN, ...RU.ATTEND_RU], { global: true });
const SPEECH = alternation([...EN.SPEECH_EN, ...RU.SPEECH_RU]);
const MENTION = wordsRegex([...EN.MENTION_BEFORE_EN, ...RU.MENTION_BEFORE_RU], { global: true });
const AUTHOR = wordsRegex([...EN.AUTHOR_BEFORE_EN, ...RU.AUTHOR_BEFORE_RU], { global: true });
const BLOCKER = wordsRegex([...EN.MENTION_BLOCKERS_EN, ...RU.MENTION_BLOCKERS_RU]);
const SOURCE = wordsRegex([...EN.SOURCE_ROLES_EN, ...RU.SOURCE_ROLES_RU]);
const ALSO_MET = wordsRegex([...EN.ALSO_MET_EN, ...RU.ALSO_MET_RU]);
/** Another time named right after the name, inside its clause. */
const TIME_AFTER = new RegExp(`^[^,;.]{0,80}?${wordsRegex(EN.OTHER_TIME_AFTER_EN).source}`, 'iu');
/** Kazakh dative on a name (Си Цзиньпинге, Тоқаевқа): the addressee of a telegram or a message. */
const KK_DATIVE = /^(?:ге|ға|ке|қа|не|на)(?![а-яәғқңөұүһі])/i;
const KAZAKH = /[әғқңөұүһі]/i;
const KK_DATIVE_END = /(?:ге|ға|ке|қа|не|на)$/i;
const KK_AFTER = new RegExp(`^\\s*(?:\\S+\\s+)?${alternation(RU.MENTION_AFTER_KK)}${WB_END}`, 'iu');
const KK_MESSAGE = wordsRegex(RU.MESSAGE_KK);
const KK_SPEECH_END = new RegExp(`${SPEECH}[.!]?\\s*$`, 'iu');

/** True for roles of people who report or comment (spokespersons, press secretaries, experts). */
export function isSourceRole(role: string | null): boolean {
  return role !== null && SOURCE.test(role);
}
/** "Xi Jinping's “Belt and Road” initiative": a possessed noun within a few words. */
const POSSESSED = new RegExp(
  `^['’]s\\s+(?:\\S+\\s+){0,4}?${alternation(EN.MENTION_POSSESSED_EN)}${WB_END}`,
  'iu',
);
/** The name is the subject of a speech verb: "Lin Wu noted", "Wang Yi, Chinese Foreign Minister, said". */
const SPEECH_AFTER = new RegExp(
  `^\\s*(?:\\([^)]{0,80}\\)\\s*)?(?:,[^,;]{0,160},\\s*)?(?:also\\s+|further\\s+|in turn\\s+|в свою очередь\\s+|также\\s+|же\\s+)?${SPEECH}${WB_END}`,
  'iu',
);
/** An inverted attribution before the name: "…,” said Premier Li", "Как отметил глава …", "– сказал". */
const SPEECH_BEFORE = new RegExp(`(?:^|[,"”»:—–-]|как|об этом|this was)\\s*${SPEECH}\\s*$`, 'iu');

/** A sentence set at another time ("In June, President Xi paid a state visit"): its people are only mentioned. */
const OTHER_TIME =
  /^(?:in|last|earlier this|since) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)|^(?:в|еще в) (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?![а-яё])|^in (?:19|20)\d\d\b|^в (?:19|20)\d\d год/i;
/** Body sentences about what will happen later name people not yet met. */
const FUTURE =
  /\bwill (?:also )?(?:meet|visit|hold talks|attend|travel)\b|\b(?:is|are) (?:expected|scheduled|set|due|to) to\b|\bit is expected\b|\b(?:is|are) to (?:meet|visit|hold|attend)\b|встретится|посетит|примет участие|проведет переговоры|планирует|ожидается/i;

const FUTURE_VISIT_TITLE = wordsRegex([...EN.FUTURE_VISIT_TITLE_EN, ...RU.FUTURE_VISIT_TITLE_RU]);

/** True when the title announces a visit to come: then the visit is the event, and its visitor takes part. */
export function announcesVisit(sentences: Sentence[]): boolean {
  return sentences.some((s) => s.zone === 'title' && FUTURE_VISIT_TITLE.test(s.text));
}

/** Start of the last mention cue that reaches the name (no clause word, no sentence break in between). */
function lastMentionCue(text: string, start: number): number | null {
  const from = Math.max(0, start - 110);
  const before = text.slice(from, start);
  let found: number | null = null;
  for (const m of before.matchAll(MENTION)) {
    const between = before.slice((m.index ?? 0) + m[0].length);
    if (between.length <= 90 && !BLOCKER.test(between) && !/[;.!?]\s/.test(between))
      found = from + (m.index ?? 0);
  }
  return found;
}

/** True when some event/attendance word of the sentence stands outside every mention frame. */
function hasFreeCue(text: string, re: RegExp): boolean {
  // A cue frames what follows it, not the words it is made of ("will visit" frames a later name, not "visit").
  const cues = [...text.matchAll(MENTION)].map((m) => (m.index ?? 0) + m[0].length);
  for (const m of text.matchAll(re)) {
    const p = m.index ?? 0;
    const framed = cues.some((c) => c <= p && !BLOCKER.test(text.slice(c, p)) && p - c < 90);
    if (!framed) return true;
  }
  return false;
}

/**
 * Evidence of one name occurrence. `role` is the role phrase written next to it, if any; `futureVisit` tells that
 * the article announces a visit (then "X will visit" makes X its participant).
 */
export function evidenceOf(
  s: Sentence,
  start: number,
  end: number,
  role: string | null,
  quoted: boolean,
  futureVisit = false,
): Evidence {
  const text = s.text;
  if (quoted) return 'mention';
  if (lastMentionCue(text, start) !== null) return 'mention';
  const after = text.slice(end, end + 200);
  if (POSSESSED.test(after) || TIME_AFTER.test(after)) return 'mention';
  const kazakh = KAZAKH.test(text);
  if (kazakh && KK_AFTER.test(after)) return 'mention';
  const dative = KK_DATIVE.test(after) || KK_DATIVE_END.test(text.slice(start, end));
  if (kazakh && dative && KK_MESSAGE.test(text)) return 'mention';
  if (OTHER_TIME.test(text)) return 'mention';
  // Body sentences about later happenings name people not yet met — unless the article announces that visit.
  if (s.zone === 'body' && !futureVisit && FUTURE.test(text)) return 'mention';
  const before = text.slice(Math.max(0, start - 160), start);
  const authorCue = [...before.matchAll(AUTHOR)].at(-1);
  if (authorCue && before.length - (authorCue.index ?? 0) <= 80) return 'author';
  const bare = role && before.trimEnd().endsWith(role) ? before.trimEnd().slice(0, -role.length) : before;
  // "Lin Jian: China and Kazakhstan …" — a transcript gives the speaker before a colon at the start of a line.
  const transcript = start === 0 && /^\s*:/.test(after);
  if (transcript || SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(bare.trimEnd()))
    return role && SOURCE.test(role) ? 'source' : 'speech';
  if (hasFreeCue(text, ATTEND)) return 'attend';
  const also = ALSO_MET.exec(text);
  if (also && also.index < start) return 'other';
  if (hasFreeCue(text, EVENT)) return 'event';
  // Kazakh puts the verb last: a name in a sentence that ends in a speech verb is its subject.
  if (kazakh && KK_SPEECH_END.test(text)) return 'speech';
  return 'none';
}

/**
 * Quoted stretches of each sentence (paragraph by paragraph, so a quote opened in one sentence covers the next):
 * names inside a quote are words of the speaker, not people at the event.
 */
export function quotedRanges(sentences: Sentence[]): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let stack: string[] = [];
  let para = Number.NaN;
  for (const s of sentences) {
    if (s.para !== para || s.zone === 'title') stack = [];
    para = s.para;
    const ranges: Array<[number, number]> = [];
    let open = stack.length > 0 ? 0 : -1;
    for (let i = 0; i < s.text.length; i++) {
      const ch = s.text[i];
      // „…“ (Russian) closes with “, which opens a quote everywhere else.
      const closesLow = ch === '“' && stack.at(-1) === '„';
      if (!closesLow && (ch === '«' || ch === '“' || ch === '„' || (ch === '"' && stack.at(-1) !== '"'))) {
        if (stack.length === 0) open = i;
        stack.push(ch);
      } else if (closesLow || ch === '»' || ch === '”' || (ch === '"' && stack.at(-1) === '"')) {
        if (stack.length === 0) continue;
        stack.pop();
        if (stack.length === 0 && open >= 0) {
          ranges.push([open, i + 1]);
          open = -1;
        }
      }
    }
    if (stack.length > 0 && open >= 0) ranges.push([open, s.text.length]);
    out.push(ranges);
  }
  return out;
}
