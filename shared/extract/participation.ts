/**
 * Clause-level evidence of taking part: for one occurrence of a name in a sentence, is the person a counterpart
 * of the meeting, present at it, speaking at it, the author of the statement, or only named (greetings conveyed,
 * quoted, an initiative, an addressee, an earlier or planned meeting)?
 */

import { groupDative } from './kk-group-case.ts';
import { previewEvidence } from './kk-preview.ts';
import { alternation, WB_END, WB_START, wordsRegex } from './lexicon/build.ts';
import * as EN from './lexicon/en/people.ts';
import * as KK from './lexicon/kk/people.ts';
import * as RU from './lexicon/ru/people.ts';
import {
  cuesOf,
  FUTURE,
  folded,
  lastMentionCue,
  MONTH_HINT,
  OTHER_TIME,
  OTHER_TIME_FRONTED,
  SPEECH,
} from './participation-cues.ts';
import type { Sentence } from './sentences.ts';
import { isSpaceCode } from './text.ts';

/** What one occurrence says about its person. */
export type Evidence = 'event' | 'attend' | 'speech' | 'author' | 'source' | 'other' | 'mention' | 'none';

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

/**
 * A relative clause after the name telling a meeting it held ("Wang Yi, who met …", «Ван И, который … провел
 * встречу»): the name is that meeting's counterpart, whatever frame (quoted words, «приводит слова») holds it.
 * The literal pre-test keeps the pattern off nearly every name.
 */
const WHO_HINT = /^\s*,\s*(?:who\s|котор)/i;
const WHO_MET = folded(
  new RegExp(
    `^\\s*,\\s*(?:who|котор[а-я]*)\\s[^,;.!?]{0,60}?${WB_START}${alternation([...EN.RELATIVE_MET_EN, ...RU.RELATIVE_MET_RU])}${WB_END}`,
    'iu',
  ),
);

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
/** An inverted attribution ending the text before a name ("…,” said", «– сказал»): see SPEECH_BEFORE. */
function invertedSpeech(probe: string): boolean {
  return HAS_SPEECH.test(lastWords(probe)) && SPEECH_BEFORE.test(probe);
}
/**
 * The setting of the words between the inverted verb and the speaker («– сказала в приветственной речи консул X»,
 * "said at the ceremony Consul X"): the words are still X's. A last word of two letters or "with" («в беседе с»)
 * makes the name the one spoken with, not the speaker.
 */
const SETTING_TAIL =
  /\s+(?:в|во|на|in|at|during)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]{3,}(?<!with)\s*$/iu;
/** A cheap pre-test for SETTING_TAIL: a preposition word among the last few words. */
const SETTING_HINT = /\s(?:в|во|на|in|at|during)\s/i;

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
  const after = text.slice(end, end + 200);
  // A relative clause that sets its meeting at another time ("who met him in 2019") tells background.
  if (WHO_HINT.test(after) && WHO_MET.test(after) && !TIME_HINT.test(after.slice(0, 90))) return 'event';
  // A Kazakh preview of a visit: its visitor takes part, the teller and the host are mentioned (./kk-preview.ts).
  if (futureVisit && cues.kazakh) return previewEvidence(text, start, end);
  if (lastMentionCue(text, start, cues.mentions) !== null) return 'mention';
  if (POSSESSED.test(after) || (TIME_HINT.test(after.slice(0, 90)) && TIME_AFTER.test(after)))
    return 'mention';
  // "President Xi plans to visit Astana": the subject of a visit to come — unless that visit is the article's.
  if (!futureVisit && FUTURE_AFTER.test(after)) return 'mention';
  const kazakh = cues.kazakh;
  if (kazakh && KK_AFTER.test(after)) return 'mention';
  if (kazakh && KK_AUTHOR_AFTER.test(after)) return 'author';
  // The dative is read in Kazakh sentences only (the two tests cost every name of every sentence before).
  const dative = kazakh && (KK_DATIVE.test(after) || KK_DATIVE_END.test(text.slice(start, end)));
  // «Си Цзиньпин мен … отбасыларға көңіл айтты»: a group's dative is written on its last member only.
  if ((dative || (kazakh && groupDative(after))) && KK_MESSAGE.test(text)) return 'mention';
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
  const inverted =
    invertedSpeech(probe) || (SETTING_HINT.test(probe) && invertedSpeech(probe.replace(SETTING_TAIL, '')));
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

const SPEECH_ANY = folded(new RegExp(`${WB_START}${SPEECH}${WB_END}`, 'iu'));

/** A byline: the name near the start, an official role after it, and no verb of meeting, speech or mention. */
export function isByline(text: string, start: number, end: number): boolean {
  if (start > 40 || text.length > 160 || !/^\s*,\s*\S/.test(text.slice(end))) return false;
  const cues = cuesOf(text);
  return !cues.event && !cues.attend && cues.mentions.length === 0 && !SPEECH_ANY.test(text);
}
