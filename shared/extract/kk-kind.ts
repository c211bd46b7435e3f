/**
 * A Kazakh report of a trip told as a whole: the trip is made and its programme has more than one item, meetings
 * or tours of plants («… Дин Сюэсянмен кездесті. Сондай-ақ … Ван Вэньтаомен келіссөз жүргізді.»). By the labelling
 * conventions such a report is the visit, not one of its meetings; a working trip with one meeting stays that
 * meeting.
 */
import { AHEAD_KK, WHOLE_TRIP_KK } from './lexicon/kk/kind.ts';
import { alternation, regex, WB_END, wordsRegex } from './pack-words.ts';
import { headSentences, type Sentence } from './sentences.ts';

const KAZAKH = /[әғқңөұүһі]/i;
const TRIP = wordsRegex(WHOLE_TRIP_KK.trip);
const FUTURE = wordsRegex(WHOLE_TRIP_KK.future);
/** A meeting with someone: a word in the comitative (…мен/…пен/…бен), up to four words, a meeting verb. */
const MEETING = regex(
  `\\p{L}(?:мен|пен|бен)\\s+(?:\\S+\\s+){0,4}?${alternation(WHOLE_TRIP_KK.meeting)}${WB_END}`,
  'giu',
);
const PROGRAMME = wordsRegex(WHOLE_TRIP_KK.programme, { global: true });
const SEVERAL = wordsRegex(WHOLE_TRIP_KK.several);
const DELEGATION = wordsRegex(WHOLE_TRIP_KK.delegation);
const PLURAL = wordsRegex(WHOLE_TRIP_KK.plural);
const ALSO = regex(`(?:^|[\\s,])${alternation(WHOLE_TRIP_KK.also)}${WB_END}`, 'iu');

const TRIP_WORD = regex('сапар', 'iu');

/**
 * True when the head of a Kazakh article (title and first sentences, as written) makes a trip and tells two or
 * more meetings of it, in one sentence or in several. A headline naming one meeting and no trip keeps the report
 * about that meeting.
 */
export function wholeKazakhTrip(title: string | null, lead: readonly string[]): boolean {
  if (title && !TRIP_WORD.test(title) && (title.match(MEETING)?.length ?? 0) === 1) return false;
  const head = title ? [title, ...lead] : [...lead];
  const text = head.join(' ');
  if (!KAZAKH.test(text) || !TRIP.test(text) || FUTURE.test(text)) return false;
  let meetings = 0;
  let items = 0;
  for (const s of head) {
    const n = s.match(MEETING)?.length ?? 0;
    // «Сондай-ақ … кездесті»: another meeting of the same programme even when told alone.
    meetings += n > 0 && (ALSO.test(s) || SEVERAL.test(s)) ? Math.max(n, 2) : n;
    // «сапары аясындағы кездесулерде»: the meetings of the programme, named together.
    if (PLURAL.test(s)) meetings += 2;
    items += s.match(PROGRAMME)?.length ?? 0;
  }
  // Two meetings, or a meeting and a tour of plants or projects: the programme of the trip. A led delegation
  // touring companies needs no named meeting: its trip is the news.
  return meetings >= 2 || (meetings >= 1 && items >= 1) || (items >= 1 && DELEGATION.test(text));
}

/** A question put in dialogue form («– Елші мырза, … қандай?»): the line of an interviewer. */
const QUESTION_LINE = /^\s*[–—-]\s*\S[^\n]*\?/u;

/** The trip, a word or two, then «алдында»/«қарсаңында»: the time before the trip frames the clause. */
const AHEAD = regex(`сапар\\p{L}*\\s+(?:\\S+\\s+)?${alternation(AHEAD_KK.eve)}${WB_END}`, 'iu');
const SAID = wordsRegex(AHEAD_KK.said);
const DONE = wordsRegex(AHEAD_KK.done);

/**
 * True when a Kazakh article opens, right after its title, with an interviewer's question in dialogue form, or
 * when its first sentence gives an interview or an article ahead of a trip («сапармен барар алдында … берген
 * сұхбатында»): the report is a statement of the one speaking by the labelling conventions, whatever meetings
 * or visits the words recall.
 */
export function kazakhInterview(sentences: Sentence[]): boolean {
  const { title, lead } = headSentences(sentences);
  const first = lead[0];
  if (!first || !KAZAKH.test(first.text)) return false;
  const ahead = (t: string) => AHEAD.test(t) && SAID.test(t) && !DONE.test(t);
  if (ahead(first.text) || (title && ahead(title.text))) return true;
  const para = sentences.filter((s) => s.para === first.para && s.zone !== 'title').map((s) => s.text);
  return QUESTION_LINE.test(para.join(' '));
}
