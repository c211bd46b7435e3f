/**
 * A meeting that is a joint committee's session: "Ding met Sklyar in Beijing. The two co-chaired the 12th meeting
 * of the Cooperation Committee". By the labelling conventions a committee or council session is a `forum`, even
 * when the lead first tells it as the co-chairs' meeting. Multilateral councils (SCO heads of government) are
 * not: their sessions are no Kazakhstan–China event, and the pair's meeting beside them stays a meeting.
 */
import type { EventKind } from '../domain/index.ts';
import { COMMITTEE_EN } from './lexicon/en/kind.ts';
import { COMMITTEE_RU } from './lexicon/ru/kind.ts';
import { alternation, regex, WB_END, WB_START } from './pack-words.ts';
import { has, MULTILATERAL_TITLE } from './relevance-patterns.ts';
import { headSentences, type Sentence } from './sentences.ts';

/** A kind with the sentence it was read from (as kind.ts returns it). */
interface Found {
  kind: EventKind;
  evidence: string | null;
}

const PACKS = [COMMITTEE_EN, COMMITTEE_RU];
/** A literal pre-test: most leads name no committee, and the full pattern is not tried on them. */
const BODY_HINT = /committee|commission|council|комитет|комисси|совет/i;
const WORD = "[\\p{L}\\d’'–-]+\\s+";
/**
 * "co-chaired the 12th meeting of the China-Kazakhstan Cooperation Committee", «провели заседание комитета». Its
 * words' letters are the packs' scripts as ranges (`regex`): with `\p{L}` its first compile cost ~8 ms.
 */
const CHAIRED_SESSION = regex(
  `${WB_START}${alternation(PACKS.flatMap((p) => p.chair))}\\s+(?:(?:on|at|over)\\s+|на\\s+)?(?:the\\s+)?(?:${WORD}){0,2}?${alternation(PACKS.flatMap((p) => p.session))}\\s+(?:of\\s+)?(?:the\\s+)?(?:${WORD}){0,5}?${alternation(PACKS.flatMap((p) => p.body))}${WB_END}`,
  'iu',
);

/**
 * Turns a lead's meeting into the forum it was when another lead sentence, after the meeting's, tells the session
 * chaired ("The two co-chaired …"). One sentence naming both ("Meets the President and chairs the committee
 * session") tells two events of a day: its first, the meeting, stays the event.
 */
export function committeeSession(sentences: Sentence[], found: Found): Found {
  if (found.kind !== 'meeting' || found.evidence === null) return found;
  const lead = headSentences(sentences).lead.slice(0, 3);
  const at = lead.findIndex((x) => x.text === found.evidence);
  if (at < 0) return found;
  const s = lead
    .slice(at + 1)
    .find((x) => BODY_HINT.test(x.text) && CHAIRED_SESSION.test(x.text) && !has(MULTILATERAL_TITLE, x.text));
  return s ? { kind: 'forum', evidence: s.text } : found;
}
