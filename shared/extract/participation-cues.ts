/**
 * The clause cues of a sentence, scanned once per sentence (mention frames, "also met", authorship, presence,
 * meeting words), and the sentence-wide frames of another time or of a visit still to come: what
 * ./participation.ts reads around each name.
 */

import { alternation, WB_END, WB_START, wordsRegex } from './lexicon/build.ts';
import { DATES_EN } from './lexicon/en/dates.ts';
import * as EN from './lexicon/en/people.ts';
import * as KK from './lexicon/kk/people.ts';
import * as RU from './lexicon/ru/people.ts';
import { type Caseless, caseless } from './pack-words.ts';
import type { Sentence } from './sentences.ts';
import { wordListScanner } from './word-starts.ts';

/**
 * A case-insensitive pattern run on folded text without `i` (pack-words `caseless`), for tests only: each `iu`
 * pattern of a few hundred words cost milliseconds to compile on its first use in a process (for each text
 * encoding), which a run that reads each article once pays in full. Used for the patterns asked once per
 * sentence or role, or in Kazakh text only; those asked about the words next to each name keep `i` (folding
 * each such snippet cost more than the compile saved in a long run).
 */
export const folded = (re: RegExp): Caseless => caseless(re.source, re.flags, { raw: true });

/** Speech verbs (en, ru) as one alternation, for the speech patterns here and in ./participation.ts. */
export const SPEECH = alternation([...EN.SPEECH_EN, ...RU.SPEECH_RU]);
/**
 * Every clause cue, one scan per sentence: mention frames first (so "will visit" is a frame, not the visit),
 * then "also met", authorship, presence and meeting words; the list that matched names the kind.
 */
const CUE_KINDS = ['mention', 'also', 'author', 'attend', 'event'] as const;
const CUE_LISTS = [
  [...EN.MENTION_BEFORE_EN, ...RU.MENTION_BEFORE_RU],
  [...EN.ALSO_MET_EN, ...RU.ALSO_MET_RU],
  [...EN.AUTHOR_BEFORE_EN, ...RU.AUTHOR_BEFORE_RU],
  [...EN.ATTEND_EN, ...RU.ATTEND_RU, ...KK.ATTEND],
  [...EN.EVENT_EN, ...RU.EVENT_RU, ...KK.EVENT],
];
/**
 * The cues of a sentence as whole words, each with its list (the first list that matches at a word wins): each
 * list is tried only at the words one of its cues may start (./word-starts.ts), not every cue at every word.
 */
const cueMatches = wordListScanner(CUE_LISTS);
const BLOCKER = wordsRegex([...EN.MENTION_BLOCKERS_EN, ...RU.MENTION_BLOCKERS_RU]);
const KAZAKH = /[әғқңөұүһі]/i;
const KK_SPEECH_END = folded(new RegExp(`(?:${SPEECH}|${alternation(KK.SPEECH_KK)})[.!]?\\s*$`, 'iu'));

/** A sentence set at another time ("In June, President Xi paid a state visit"): its people are only mentioned. */
export const OTHER_TIME =
  /^(?:in|last|earlier this|since) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)|^(?:в|еще в) (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?![а-яё])|^in (?:19|20)\d\d\b|^в (?:19|20)\d\d год/i;
/**
 * A month without a day before the clause's verb, anywhere in the sentence ("…, the premier in March signed deals
 * … to meet Li"): the sentence tells another time, as OTHER_TIME does for a sentence that opens with it. The gap
 * has no clause mark, so the month belongs to that verb.
 */
const MONTHS_EN = DATES_EN.months.map(([w]) => w).filter((w) => w.length > 3 || w === 'may');
export const OTHER_TIME_FRONTED = new RegExp(
  `${WB_START}(?:${alternation(EN.FRONTED_TIME_EN)})\\s+${alternation(MONTHS_EN)}${WB_END}(?!\\s+\\d)[^.;,\\d]{0,40}?${WB_START}${alternation(EN.FRONTED_VERBS_EN)}${WB_END}|${WB_START}(?:еще\\s+)?в\\s+${alternation(RU.FRONTED_MONTHS_RU)}${WB_END}(?!\\s+\\d)[^.;,\\d]{0,40}?${WB_START}${alternation(RU.FRONTED_VERBS_RU)}${WB_END}`,
  'iu',
);
/** Literal pre-test for OTHER_TIME_FRONTED: most sentences name no month at all. */
export const MONTH_HINT =
  /(?:uary|march|april|may|june|july|ugust|ember|ober|январ|феврал|март|апрел|мае|июн|июл|август|ябр)/i;

/** Body sentences about what will happen later name people not yet met. */
export const FUTURE =
  /\bwill (?:also )?(?:meet|visit|hold talks|attend|travel)\b|\b(?:is|are) (?:expected|scheduled|set|due|to) to\b|\bit is expected\b|\b(?:is|are) to (?:meet|visit|hold|attend)\b|встретится|посетит|примет участие|проведет переговоры|планирует|ожидается/i;

/**
 * True for a later lead sentence of a trip report that tells talks still to come («В ходе переговоров … с Ли
 * Цяном планируется обсуждение …», "During the visit, he is expected to meet …"): the arrival is the event, the
 * planned talks another one, so their counterpart is only mentioned. Not for the first lead sentence, which
 * tells the event itself, and not for previews (their visit to come is the event).
 */
export function laterTalksInTripLead(
  s: Sentence,
  firstLead: Sentence | undefined,
  kind: string | null,
): boolean {
  return kind === 'visit' && s.zone === 'lead' && s !== firstLead && FUTURE.test(s.text);
}

const FUTURE_VISIT_TITLE = folded(wordsRegex([...EN.FUTURE_VISIT_TITLE_EN, ...RU.FUTURE_VISIT_TITLE_RU]));

/** True when the title announces a visit to come: then the visit is the event, and its visitor takes part. */
export function announcesVisit(sentences: Sentence[]): boolean {
  return sentences.some((s) => s.zone === 'title' && FUTURE_VISIT_TITLE.test(s.text));
}

/**
 * True when a page without a headline opens on the visit to come ("A delegation led by the governor will pay a
 * visit to …" in the first body sentences) and the event read is that visit: its visitor takes part, as under a
 * title announcing it.
 */
export function leadAnnouncesVisit(sentences: Sentence[], kind: string | null): boolean {
  if (kind !== 'visit' || sentences.some((s) => s.zone === 'title')) return false;
  return sentences.slice(0, 3).some((s) => FUTURE_VISIT_TITLE.test(s.text));
}

/** Start of the last mention cue that reaches the name (no clause word, no sentence break in between). */
export function lastMentionCue(text: string, start: number, cues: Array<[number, number]>): number | null {
  let found: number | null = null;
  for (const [a, b] of cues) {
    if (b > start || a < start - 110) continue;
    const between = text.slice(b, start);
    if (between.length <= 90 && !BLOCKER.test(between) && !/[;.!?]\s/.test(between)) found = a;
  }
  return found;
}

/** What a sentence offers every name in it, computed once per sentence. */
export interface SentenceCues {
  /** Mention cues as [start, end]. */
  mentions: Array<[number, number]>;
  /** Ends of authorship cues ("article by"). */
  authors: number[];
  attend: boolean;
  event: boolean;
  alsoAt: number;
  kkSpeech: boolean;
  /** Whole-sentence tests of evidenceOf, asked once per name: computed on the first ask, then kept. */
  kazakh: boolean;
  otherTime?: boolean;
  future?: boolean;
}
const CUES = new Map<string, SentenceCues>();
/** Meeting words alone, for testing the few words of a mention frame. */
const EVENT_WORD = folded(wordsRegex([...EN.EVENT_EN, ...RU.EVENT_RU]));

/**
 * A cue frames what follows it ("greetings from X"); a meeting word inside a frame is not this event's. A function
 * of its own, not a closure made for every sentence (each one a new function object, named by the loader).
 */
function free(text: string, frameEnds: number[], p: number): boolean {
  return !frameEnds.some((c) => p - c < 90 && !BLOCKER.test(text.slice(c, p)));
}

/** The cues of a sentence, memoised for the sentences of the article at hand. */
export function cuesOf(text: string): SentenceCues {
  const hit = CUES.get(text);
  if (hit) return hit;
  const cues: SentenceCues = {
    mentions: [],
    authors: [],
    attend: false,
    event: false,
    alsoAt: -1,
    kkSpeech: false,
    kazakh: KAZAKH.test(text),
  };
  cues.kkSpeech = cues.kazakh && KK_SPEECH_END.test(text);
  const frameEnds: number[] = [];
  for (const { start: a, end: b, list } of cueMatches(text)) {
    const kind = CUE_KINDS[list];
    if (kind === 'mention') {
      // "X will visit": the frame holds a meeting word of its own, which counts for the names before it.
      if (EVENT_WORD.test(text.slice(a, b))) cues.event ||= free(text, frameEnds, a);
      cues.mentions.push([a, b]);
      frameEnds.push(b);
    } else if (kind === 'author') cues.authors.push(b);
    else if (kind === 'also') {
      if (cues.alsoAt < 0) cues.alsoAt = a;
      cues.event ||= free(text, frameEnds, a);
    } else if (kind === 'attend') cues.attend ||= free(text, frameEnds, a);
    else if (kind === 'event') cues.event ||= free(text, frameEnds, a);
  }
  // A small memo: the sentences of the article at hand.
  if (CUES.size > 400) CUES.clear();
  CUES.set(text, cues);
  return cues;
}
