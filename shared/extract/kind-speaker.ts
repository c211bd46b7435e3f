/**
 * Words quoted from someone the report then says held talks ("…," said Wang Yi, who met his Kazakh counterpart
 * in Beijing on Tuesday; «…», – приводит слова министра, который 28 октября провел встречу с коллегой): the words
 * were spoken at that meeting, so the meeting is the event, not a statement.
 */
import type { EventKind } from '../domain/index.ts';
import { predicates } from './predicates.ts';
import { headSentences, type Sentence } from './sentences.ts';

/** A kind with the sentence it was read from (as kind.ts returns it). */
interface Found {
  kind: EventKind;
  evidence: string | null;
}

/** Body sentences after the lead that may still name the speaker's meeting. */
const BODY_AFTER_LEAD = 3;
/** A relative clause about a person, opened right before its verb («, который …», ", who …"). */
const WHO_CLAUSE = /(?:^|[,(—–-]\s*)(?:who|котор\p{L}*)\s[^,;:]{0,80}$/iu;

/** The sentence whose relative clause tells a meeting held (see the module comment), or null. */
function speakerMeetingSentence(candidates: Sentence[]): Sentence | null {
  for (const s of candidates) {
    if (!/\bwho\b|котор/iu.test(s.text)) continue;
    const main = new Set(predicates(s.text, false).map((p) => p.at));
    const held = predicates(s.text, false, false).find(
      (p) =>
        !main.has(p.at) &&
        p.role === 'event' &&
        p.kind === 'meeting' &&
        p.tense === 'realized' &&
        !p.weak &&
        WHO_CLAUSE.test(s.text.slice(Math.max(0, p.at - 90), p.at)),
    );
    if (held) return s;
  }
  return null;
}

/**
 * A statement read from someone's words (a speech verb of the head) becomes the meeting the speaker is told, in
 * a relative clause of the head or the first body sentences, to have held.
 */
export function speakerMeeting(sentences: Sentence[], found: Found): Found {
  if (found.kind !== 'statement' || found.evidence === null) return found;
  const evidence = sentences.find((s) => s.text === found.evidence);
  if (!evidence || !predicates(evidence.text, evidence.zone === 'title').some((p) => p.role === 'speech'))
    return found;
  const h = headSentences(sentences);
  const last = h.lead.at(-1);
  const from = last ? sentences.indexOf(last) + 1 : 0;
  const s = speakerMeetingSentence([...h.lead, ...sentences.slice(from, from + BODY_AFTER_LEAD)]);
  return s ? { kind: 'meeting', evidence: s.text } : found;
}
