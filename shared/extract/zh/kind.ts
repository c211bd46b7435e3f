/** The kind of event a Chinese text reports, read from its title and lead. */
import type { EventKind } from '../../domain/index.ts';
import {
  ARRIVAL_ZH,
  COMING_ZH,
  DELEGATION_ZH,
  EARLIER_ZH,
  ENVOYS_ZH,
  FRAME_ZH,
  KIND_ZH,
  MAYBE_ZH,
  SIGNED_JOINT_ZH,
  TRIP_STOPS_ZH,
  VISIT_FRAMES_ZH,
} from '../lexicon/zh/kind.ts';
import { SPEAKING_ZH } from '../lexicon/zh/participation.ts';
import { CN_WORDS, KZ_WORDS, OTHERS } from '../lexicon/zh/relevance.ts';
import { countIn, firstIn, headOf, type ZhDoc, type ZhSentence } from './text.ts';

/** The words of third countries' sides («俄罗斯», «普京»). */
const THIRD = Object.values(OTHERS).flat();

/**
 * Whether every clause holding a kind word names a third country's side and not both of ours («结束与普京的
 * 通话后», «习近平会见俄罗斯总统»): that call or meeting is another pair's, not the Kazakhstan–China event.
 */
function anotherPair(text: string, words: readonly string[]): boolean {
  const clauses = text.split(/[，。；：,;:]/).filter((c) => firstIn(c, words));
  const ours = (c: string) => countIn(c, KZ_WORDS) > 0 && countIn(c, CN_WORDS) > 0;
  return clauses.length > 0 && clauses.every((c) => firstIn(c, THIRD) && !ours(c));
}

/** A sentence of reported speech («他说，…», «王毅表示，…»): what it recalls is not the event's kind. */
const SPEECH = /^[^，。,]{0,12}?(?:说|表示|指出|强调|认为)[,，:：]/;

/** Whether every kind word of a sentence stands after an uncertain «或将», «有望» in its clause. */
function previewed(text: string, words: readonly string[]): boolean {
  return text.split(/[，。；：,;:]/).every((clause) => {
    const at = Math.min(...words.map((w) => clause.indexOf(w)).filter((i) => i >= 0));
    return !Number.isFinite(at) || MAYBE_ZH.some((m) => clause.slice(0, at).includes(m));
  });
}

/** Quoted speech «“…”»: what a speaker says («此次访问将…») is not what the report tells. */
const QUOTED = /[“「『][^”」』]*(?:[”」』]|$)/g;
/** The end of a quotation opened in an earlier sentence («…此次访问将开启新阶段。”»). */
const QUOTE_TAIL = /^[^“「『]*[”」』]/;
/** A visit frame, with the visit it frames («正对哈萨克斯坦进行国事访问»). */
const VISIT_FRAMES = new RegExp(`(?:${VISIT_FRAMES_ZH.join('|')})(?:[^，。；]{0,20}?访问)?`, 'g');

/**
 * Sentences of quoted speech: opening with a quote mark, or inside a quotation an earlier sentence of the
 * paragraph opened, and running to its end. The extractor's text has straight quotes («"»), so open and close
 * are told by counting.
 */
function quotedSentences(doc: ZhDoc): Set<ZhSentence> {
  const out = new Set<ZhSentence>();
  let open = false;
  let para = Number.NaN;
  let dashed = false;
  for (const s of doc.sentences) {
    if (s.para !== para) [open, para, dashed] = [false, s.para, DASH_SPEECH.test(s.text)];
    // «—…我们愿…。-某某说。»: a paragraph opened by one dash is the speaker's words, as Kazinform writes them.
    if (dashed) {
      out.add(s);
      continue;
    }
    const startsOpen = open || /^["“「『]/.test(s.text);
    let closedAt = -1;
    for (let i = 0; i < s.text.length; i++) {
      const c = s.text[i] as string;
      const was = open;
      if (c === '"') open = !open;
      else if ('“「『'.includes(c)) open = true;
      else if ('”」』'.includes(c)) open = false;
      if (was && !open && closedAt < 0) closedAt = i;
    }
    if (startsOpen && (closedAt < 0 || closedAt >= s.text.length - 2)) out.add(s);
  }
  return out;
}

/** A paragraph opening with a single dash (not the Chinese «——»): direct speech. */
const DASH_SPEECH = /^[—–-](?![—–-])/;

/** The words of a sentence the kind is read from: no quoted speech, no visit frame. */
function ownWords(text: string): string {
  return text.replace(QUOTE_TAIL, '').replace(QUOTED, '').replace(VISIT_FRAMES, '');
}

/** A body sentence telling the talks themselves («会谈中，双方…», «会见时，…»). */
const AT_TALKS = /^(?:在)?(?:会谈|会见|会晤|会面)(?:中|时|上|期间|结束后|最后)/;
/** The explicit visit words (the third row of the pack): a state or official visit names itself. */
const EXPLICIT_VISIT = KIND_ZH.find(([k]) => k === 'visit')?.[1] ?? [];

/** The meeting words of the pack. */
const MEET = KIND_ZH.find(([k]) => k === 'meeting')?.[1] ?? [];

/** Whether a sentence is set before the event («此前…曾表示»). */
const earlier = (text: string) => firstIn(text, EARLIER_ZH) !== undefined;

/** A delegation's trip of several stops told in the head: the visit as a whole. */
function delegationTrip(head: readonly { text: string }[]): string | undefined {
  const text = head.map((s) => ownWords(s.text));
  if (!text.some((t) => firstIn(t, DELEGATION_ZH))) return undefined;
  return head.find((s) => firstIn(ownWords(s.text), TRIP_STOPS_ZH))?.text;
}

/**
 * Talks reported in another lead sentence than a visit's opening («…抵达…，开始对哈萨克斯坦进行工作访问»): not
 * announced («将举行会谈»), not recalled, not a delegation's tour; the report is then about the talks.
 */
function talksBesideArrival(sentences: readonly ZhSentence[], opening: ZhSentence): ZhSentence | undefined {
  if (!firstIn(opening.text, ARRIVAL_ZH) || firstIn(ownWords(opening.text), MEET)) return undefined;
  if (delegationTrip(sentences)) return undefined;
  return sentences.find((s) => {
    if (s === opening || earlier(s.text) || SPEECH.test(s.text)) return false;
    const words = ownWords(s.text);
    const at = Math.min(...MEET.map((w) => words.indexOf(w)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) return false;
    const clause = words.slice(0, at).replace(/^.*[，。；,;]/, '');
    return !firstIn(clause, COMING_ZH) && !firstIn(clause, MAYBE_ZH);
  });
}

/** A trip abroad to attend («赴哈萨克斯坦出席…») that is also a visit («并对哈萨克斯坦进行工作访问»). */
const TRIP_ATTENDING = /赴[^，。；]{0,12}?出席[^。；]*?(?:并|同时)[^。；]{0,12}?访问/;

/** The head sentence telling a trip abroad to a forum together with a visit: the visit as a whole. */
const tripAttending = (head: readonly ZhSentence[]) =>
  head.find((s) => TRIP_ATTENDING.test(s.text) && !previewed(s.text, ['访问']));

/** A kind with the sentence it was read from. */
export interface ZhKind {
  kind: EventKind;
  evidence: string | null;
}

/**
 * The first kind (in the pack's order of certainty) named in the title, else in the lead. A visit word inside a
 * frame («访问期间会见») yields to the meeting the sentence reports.
 */
export function classifyZhKind(doc: ZhDoc): ZhKind {
  const quoted = quotedSentences(doc);
  const head = headOf(doc).filter((s) => !quoted.has(s));
  const zones = [head.filter((s) => s.zone === 'title'), head.filter((s) => s.zone !== 'title')];
  for (const [z, sentences] of zones.entries()) {
    // A lead opening with the two leaders' signed joint statement reports their talks, whatever trip later
    // sentences frame them with («…签署了联合声明。…周三抵达，开始国事访问»).
    const opening = z === 1 ? sentences[0] : undefined;
    if (
      opening &&
      JOINT_SIGNED.test(opening.text) &&
      !KIND_ZH.some(([k, w]) => k !== 'meeting' && k !== 'agreement_signing' && firstIn(opening.text, w))
    )
      return { kind: 'meeting', evidence: opening.text };
    for (const [kind, words] of KIND_ZH) {
      // A visit word inside a frame («国事访问期间») says when, not what: it is no visit as a whole there.
      const hit = sentences.find(
        (s) =>
          firstIn(ownWords(s.text), words) !== undefined &&
          !previewed(s.text, words) &&
          !earlier(s.text) &&
          !SPEECH.test(s.text) &&
          !anotherPair(ownWords(s.text), words),
      );
      if (!hit) continue;
      // «代表团访问某州» over a lead of «访问期间，州长同书记举行了会谈»: the report tells the talks.
      // One talks between the principals (a wrap-up listing several meetings is the visit's).
      if (
        z === 0 &&
        kind === 'visit' &&
        !firstIn(hit.text, EXPLICIT_VISIT) &&
        firstIn(hit.text, DELEGATION_ZH)
      ) {
        const talks = zones[1]?.find(
          (s) => firstIn(s.text, VISIT_FRAMES_ZH) && countIn(ownWords(s.text), MEET) === 1,
        );
        if (talks && !delegationTrip(zones[1] ?? [])) return { kind: 'meeting', evidence: talks.text };
      }
      const trip =
        z === 1 && (kind === 'meeting' || kind === 'visit') ? delegationTrip(sentences) : undefined;
      if (trip) return { kind: 'visit', evidence: trip };
      // «赴哈萨克斯坦出席…论坛，并对哈萨克斯坦进行工作访问»: the trip abroad as a whole, of which the forum is a part.
      const abroad = kind === 'forum' ? tripAttending(head) : undefined;
      if (abroad) return { kind: 'visit', evidence: abroad.text };
      // «王毅于11日抵达…开始正式访问。12日，…举行会谈»: the arrival frames talks another lead sentence reports.
      const framed = kind === 'visit' && z === 1 ? talksBesideArrival(sentences, hit) : undefined;
      if (framed) return { kind: 'meeting', evidence: framed.text };
      // «抵达…开始对哈萨克斯坦进行正式访问，…并出席…会议»: the arrival opens the visit as a whole.
      if (kind === 'visit' && firstIn(hit.text, ARRIVAL_ZH)) return { kind: 'visit', evidence: hit.text };
      if ((kind === 'visit' || kind === 'forum') && firstIn(hit.text, FRAME_ZH)) {
        const meet = KIND_ZH.find(([k]) => k === 'meeting')?.[1] ?? [];
        if (firstIn(hit.text, meet)) return { kind: 'meeting', evidence: hit.text };
      }
      return { kind: kind as EventKind, evidence: hit.text };
    }
  }
  // An ambassador's or consul's comment, with no meeting or visit told: the interview is the event.
  const spoken = head.find((s) => ENVOY_SPEAKS.test(s.text));
  if (spoken) return { kind: 'statement', evidence: spoken.text };
  // An excerpt opening mid-report («双方就…进行了讨论»): the talks are named further down («会谈中，…»).
  const talks = doc.sentences.find((s) => s.zone === 'body' && AT_TALKS.test(s.text));
  if (talks) return { kind: 'meeting', evidence: talks.text };
  return { kind: 'other', evidence: null };
}

/** The leaders signing or issuing their joint statement («两国元首签署了联合声明», «签署并发表联合声明»). */
const JOINT_SIGNED = new RegExp(`(?:${SIGNED_JOINT_ZH.join('|')})[^，。；]{0,30}?联合声明`);

/** An envoy, a name of a few characters, then a verb of speaking («驻华大使卡马尔季诺夫表示», «大使张霄：»). */
const ENVOY_SPEAKS = new RegExp(
  `(?:${ENVOYS_ZH.join('|')})[^，。；]{0,12}?(?:${SPEAKING_ZH.filter((w) => w !== '说').join('|')})`,
);
