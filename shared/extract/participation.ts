/**
 * Clause-level evidence of taking part: for one occurrence of a name in a sentence, is the person a counterpart
 * of the meeting, present at it, speaking at it, the author of the statement, or only named (greetings conveyed,
 * quoted, an initiative, an addressee, an earlier or planned meeting)?
 */

import { previewEvidence } from './kk-preview.ts';
import { alternation, WB_END, WB_START, wordsRegex } from './lexicon/build.ts';
import { DATES_EN } from './lexicon/en/dates.ts';
import { RELEASE_QUOTE_EN } from './lexicon/en/kind.ts';
import * as EN from './lexicon/en/people.ts';
import * as KK from './lexicon/kk/people.ts';
import { RELEASE_QUOTE_RU } from './lexicon/ru/kind.ts';
import * as RU from './lexicon/ru/people.ts';
import { type Caseless, caseless } from './pack-words.ts';
import type { Sentence } from './sentences.ts';
import { isSpaceCode } from './text.ts';
import { wordListScanner } from './word-starts.ts';

/**
 * A case-insensitive pattern run on folded text without `i` (pack-words `caseless`), for tests only: each `iu`
 * pattern of a few hundred words cost milliseconds to compile on its first use in a process (for each text
 * encoding), which a run that reads each article once pays in full. Used for the patterns asked once per
 * sentence or role, or in Kazakh text only; those asked about the words next to each name keep `i` (folding
 * each such snippet cost more than the compile saved in a long run).
 */
const folded = (re: RegExp): Caseless => caseless(re.source, re.flags, { raw: true });

/** What one occurrence says about its person. */
export type Evidence = 'event' | 'attend' | 'speech' | 'author' | 'source' | 'other' | 'mention' | 'none';

const SPEECH = alternation([...EN.SPEECH_EN, ...RU.SPEECH_RU]);
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
const SOURCE = folded(wordsRegex([...EN.SOURCE_ROLES_EN, ...RU.SOURCE_ROLES_RU, ...KK.SOURCE_ROLES_KK]));
/** Another time named right after the name, inside its clause. */
const TIME_AFTER = new RegExp(`^[^,;.]{0,80}?${wordsRegex(EN.OTHER_TIME_AFTER_EN).source}`, 'iu');
/** A visit still to come right after the name, role words or an apposition between ("Xi, …, plans to visit"). */
const FUTURE_AFTER = new RegExp(
  `^\\s*(?:,[^,;.]{0,80},\\s*)?(?:also\\s+|reportedly\\s+|также\\s+)?${alternation([...EN.FUTURE_AFTER_EN, ...RU.FUTURE_AFTER_RU])}${WB_END}`,
  'iu',
);
/** Kazakh dative on a name (Си Цзиньпинге, Тоқаевқа): the addressee of a telegram or a message. */
const KK_HONORIFIC = `(?:\\s+${alternation(KK.HONORIFICS_AFTER)})?`;
const KK_DATIVE = new RegExp(`^${KK_HONORIFIC}(?:ге|ға|ке|қа|не|на)(?![а-яәғқңөұүһі])`, 'i');
const KAZAKH = /[әғқңөұүһі]/i;
/** A cheap test before TIME_AFTER: most clauses name no other time. */
const TIME_HINT = /last|in (?:19|20)\d\d|ago/i;
const KK_DATIVE_END = /(?:ге|ға|ке|қа|не|на)$/i;
const KK_ACCUSATIVE_END = /(?:ды|ді|ты|ті|ны|ні)$/i;
/** Genitive, dative, ablative and comitative endings (no surname ends so): the name is no subject. */
const KK_OBLIQUE_SOURCE = `(?:${KK.OBLIQUE_ENDINGS.join('|')})`;
const KK_OBLIQUE_END = new RegExp(`${KK_OBLIQUE_SOURCE}$`, 'i');
const KK_OBLIQUE = new RegExp(`^${KK_HONORIFIC}${KK_OBLIQUE_SOURCE}(?![а-яәғқңөұүһі])`, 'i');
const KK_CONGRATULATE = folded(wordsRegex(KK.CONGRATULATE));
const KK_AFTER = folded(
  new RegExp(
    `^\\s*(?:\\S+\\s+)?${alternation([...RU.MENTION_AFTER_KK, ...KK.MENTION_AFTER, ...KK.SOURCE_AFTER])}${WB_END}`,
    'iu',
  ),
);
const KK_OTHER_TIME = folded(wordsRegex(KK.OTHER_TIME));
const KK_IN_PASSING = folded(wordsRegex(KK.IN_PASSING));
const KK_FUTURE = folded(wordsRegex(KK.FUTURE));
const KK_MESSAGE = folded(wordsRegex(RU.MESSAGE_KK));
/** «Тоқаев … атты мақаласында»: the article word after the name, within its sentence. */
const KK_AUTHOR_AFTER = folded(
  new RegExp(`^[^.!?]{0,180}?${WB_START}${alternation(KK.AUTHOR_AFTER_KK)}${WB_END}`, 'iu'),
);
/**
 * «…», – деді … X: the inverted Kazakh attribution, the verb right after the closing quotation mark and the
 * speaker's description (no sentence end, no new quotation) up to the name.
 */
const KK_SPEECH_BEFORE = new RegExp(
  `[»"”]\\s*,?\\s*[–—-]?\\s*${alternation(KK.SPEECH_INVERTED_KK)}${WB_END}[^.!?«»“”]{0,140}$`,
  'iu',
);
const KK_SPEECH_END = folded(new RegExp(`(?:${SPEECH}|${alternation(KK.SPEECH_KK)})[.!]?\\s*$`, 'iu'));

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
/**
 * The last one or two words of a text (with what follows them), to test for a speech verb before running
 * SPEECH_BEFORE: what `/(?:\S+\s+)?\S+\s*$/` finds, read from the end (that pattern is tried at every position).
 */
function lastWords(s: string): string {
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  if (i === 0) return '';
  while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
  let j = i;
  while (j > 0 && isSpaceCode(s.charCodeAt(j - 1))) j--;
  if (j === 0) return s.slice(i);
  while (j > 0 && !isSpaceCode(s.charCodeAt(j - 1))) j--;
  return s.slice(j);
}
const HAS_SPEECH = new RegExp(`${WB_START}${SPEECH}${WB_END}`, 'iu');

/** A sentence set at another time ("In June, President Xi paid a state visit"): its people are only mentioned. */
const OTHER_TIME =
  /^(?:in|last|earlier this|since) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)|^(?:в|еще в) (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?![а-яё])|^in (?:19|20)\d\d\b|^в (?:19|20)\d\d год/i;
/**
 * A month without a day before the clause's verb, anywhere in the sentence ("…, the premier in March signed deals
 * … to meet Li"): the sentence tells another time, as OTHER_TIME does for a sentence that opens with it. The gap
 * has no clause mark, so the month belongs to that verb.
 */
const MONTHS_EN = DATES_EN.months.map(([w]) => w).filter((w) => w.length > 3 || w === 'may');
const OTHER_TIME_FRONTED = new RegExp(
  `${WB_START}(?:${alternation(EN.FRONTED_TIME_EN)})\\s+${alternation(MONTHS_EN)}${WB_END}(?!\\s+\\d)[^.;,\\d]{0,40}?${WB_START}${alternation(EN.FRONTED_VERBS_EN)}${WB_END}|${WB_START}(?:еще\\s+)?в\\s+${alternation(RU.FRONTED_MONTHS_RU)}${WB_END}(?!\\s+\\d)[^.;,\\d]{0,40}?${WB_START}${alternation(RU.FRONTED_VERBS_RU)}${WB_END}`,
  'iu',
);
/** Literal pre-test for OTHER_TIME_FRONTED: most sentences name no month at all. */
const MONTH_HINT =
  /(?:uary|march|april|may|june|july|ugust|ember|ober|январ|феврал|март|апрел|мае|июн|июл|август|ябр)/i;

/** Body sentences about what will happen later name people not yet met. */
const FUTURE =
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
function lastMentionCue(text: string, start: number, cues: Array<[number, number]>): number | null {
  let found: number | null = null;
  for (const [a, b] of cues) {
    if (b > start || a < start - 110) continue;
    const between = text.slice(b, start);
    if (between.length <= 90 && !BLOCKER.test(between) && !/[;.!?]\s/.test(between)) found = a;
  }
  return found;
}

/** What a sentence offers every name in it, computed once per sentence. */
interface SentenceCues {
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

function cuesOf(text: string): SentenceCues {
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
  const cues = cuesOf(text);
  // A Kazakh preview of a visit: its visitor takes part, the teller and the host are mentioned (./kk-preview.ts).
  if (futureVisit && cues.kazakh) return previewEvidence(text, start, end);
  if (lastMentionCue(text, start, cues.mentions) !== null) return 'mention';
  const after = text.slice(end, end + 200);
  if (POSSESSED.test(after) || (TIME_HINT.test(after.slice(0, 90)) && TIME_AFTER.test(after)))
    return 'mention';
  // "President Xi plans to visit Astana": the subject of a visit to come — unless that visit is the article's.
  if (!futureVisit && FUTURE_AFTER.test(after)) return 'mention';
  const kazakh = cues.kazakh;
  if (kazakh && KK_AFTER.test(after)) return 'mention';
  if (kazakh && KK_AUTHOR_AFTER.test(after)) return 'author';
  // The dative is read in Kazakh sentences only (the two tests cost every name of every sentence before).
  const dative = kazakh && (KK_DATIVE.test(after) || KK_DATIVE_END.test(text.slice(start, end)));
  if (dative && KK_MESSAGE.test(text)) return 'mention';
  // «Си Цзиньпинді … құттықтады»: the one congratulated (accusative) is the addressee too.
  if (kazakh && KK_ACCUSATIVE_END.test(text.slice(start, end)) && KK_CONGRATULATE.test(text))
    return 'mention';
  cues.otherTime ??=
    OTHER_TIME.test(text) ||
    (MONTH_HINT.test(text) && OTHER_TIME_FRONTED.test(text)) ||
    (kazakh && (KK_OTHER_TIME.test(text) || KK_IN_PASSING.test(text)));
  if (cues.otherTime) return 'mention';
  // Body sentences about later happenings name people not yet met — unless the article announces that visit.
  if (s.zone === 'body' && !futureVisit) {
    cues.future ??= FUTURE.test(text) || (kazakh && KK_FUTURE.test(text));
    if (cues.future) return 'mention';
  }
  if (cues.authors.some((b) => b <= start && start - b <= 80)) return 'author';
  const before = text.slice(Math.max(0, start - 160), start);
  const bare = role && before.trimEnd().endsWith(role) ? before.trimEnd().slice(0, -role.length) : before;
  // "Lin Jian: China and Kazakhstan …" — a transcript gives the speaker before a colon at the start of a line.
  const transcript = start === 0 && /^\s*:/.test(after);
  // Only the end of the text before the name matters; a marker letter keeps `^` from matching a cut.
  const tail = bare.trimEnd();
  const probe = tail.length > 60 ? `x${tail.slice(-60)}` : tail;
  const inverted = HAS_SPEECH.test(lastWords(probe)) && SPEECH_BEFORE.test(probe);
  const kkInverted = kazakh && KK_SPEECH_BEFORE.test(text.slice(Math.max(0, start - 180), start));
  if (transcript || SPEECH_AFTER.test(after) || inverted || kkInverted)
    return role && SOURCE.test(role) ? 'source' : 'speech';
  if (cues.attend) return 'attend';
  if (cues.alsoAt >= 0 && cues.alsoAt < start) return 'other';
  if (cues.event) return 'event';
  // Kazakh puts the verb last: a name in a sentence that ends in a speech verb is its subject — unless a case
  // ending makes it an object or a possessor («Ли Цянның сапары туралы айтты»: Li is only talked about).
  if (cues.kkSpeech && !KK_OBLIQUE_END.test(text.slice(start, end)) && !KK_OBLIQUE.test(after))
    return 'speech';
  return 'none';
}

const QUOTE_MARK = /[«»“”„"]/;
const FIRST_PERSON = wordsRegex([...EN.FIRST_PERSON_EN, ...RU.FIRST_PERSON_RU], { caseSensitive: false });
const FIRST_PERSON_CASED = wordsRegex(EN.FIRST_PERSON_CASED_EN, { caseSensitive: true });

/**
 * Paragraphs of speech that lost their quote marks: written in the first person ("we", «наши страны») outside
 * any quotation. Names there are the speaker's words, not people at the event.
 */
export function speechParagraphs(sentences: Sentence[], quotes: Array<Array<[number, number]>>): Set<number> {
  const out = new Set<number>();
  for (const [k, s] of sentences.entries()) {
    if (s.zone === 'title' || out.has(s.para)) continue;
    let rest = s.text;
    for (const [a, b] of [...(quotes[k] ?? [])].reverse()) rest = rest.slice(0, a) + rest.slice(b);
    if (FIRST_PERSON.test(rest) || FIRST_PERSON_CASED.test(rest)) out.add(s.para);
  }
  return out;
}

/**
 * True when the speaker of an unquoted first-person paragraph is already talking before `start` of sentence `k`
 * ("We welcome China's success. Addressing the forum, President Xi said …"): a third person's words there are
 * reported by the speaker, not spoken at the event. Quoted stretches are left out, as in speechParagraphs.
 */
export function speakerTalksBefore(
  sentences: Sentence[],
  quotes: Array<Array<[number, number]>>,
  k: number,
  start: number,
): boolean {
  const para = sentences[k]?.para;
  for (let i = k; i >= 0 && sentences[i]?.para === para; i--) {
    let rest = (sentences[i]?.text ?? '').slice(0, i === k ? start : undefined);
    for (const [a, b] of [...(quotes[i] ?? [])].reverse())
      if (b <= rest.length) rest = rest.slice(0, a) + rest.slice(b);
    if (FIRST_PERSON.test(rest) || FIRST_PERSON_CASED.test(rest)) return true;
  }
  return false;
}

const SPEECH_ANY = folded(new RegExp(`${WB_START}${SPEECH}${WB_END}`, 'iu'));

/** A byline: the name near the start, an official role after it, and no verb of meeting, speech or mention. */
export function isByline(text: string, start: number, end: number): boolean {
  if (start > 40 || text.length > 160 || !/^\s*,\s*\S/.test(text.slice(end))) return false;
  const cues = cuesOf(text);
  return !cues.event && !cues.attend && cues.mentions.length === 0 && !SPEECH_ANY.test(text);
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
    // Most sentences have no quotation mark at all: nothing opens or closes there.
    if (!QUOTE_MARK.test(s.text)) {
      if (open >= 0) ranges.push([0, s.text.length]);
      out.push(ranges);
      continue;
    }
    for (let i = 0; i < s.text.length; i++) {
      const ch = s.text[i];
      // A doubled straight quote (""When …) is one mark, as CSV-escaped copies write it.
      if (ch === '"' && s.text[i - 1] === '"') continue;
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
    out.push(releaseQuoted(s.text, ranges));
  }
  return out;
}

/** An official release quoted by the outlet («"…", – говорится в сообщении», "…," the ministry said in a statement). */
const RELEASE = wordsRegex([...RELEASE_QUOTE_EN, ...RELEASE_QUOTE_RU]);
/** Literal pre-test for RELEASE: each of its entries holds one of these words. */
const RELEASE_HINT = /сообщени|релиз|пресс-служб|statement|press/i;

/**
 * The quotes of a sentence without those of an official release: the release is the outlet's account of the
 * event in the officials' words (who met whom), not a speaker's remark, so its names are read as narration.
 */
function releaseQuoted(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  if (ranges.length === 0 || !RELEASE_HINT.test(text)) return ranges;
  const m = RELEASE.exec(text);
  if (!m) return ranges;
  // Everything quoted before the attribution is the release (straight quotes nested in it split it in pieces).
  const at = m.index;
  const last = ranges.filter(([, b]) => b <= at).at(-1);
  if (!last || text.slice(last[1], at).length > 12) return ranges;
  return ranges.filter(([, b]) => b > at);
}
