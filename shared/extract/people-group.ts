/**
 * One official's meetings with several company heads told as one event: the lead says "met with representatives
 * of large Chinese companies" («провел встречи с руководителями китайских компаний») and the body then tells each
 * talk ("At a meeting with the Group's chairman …"). Those body meetings are parts of the lead's event, so their
 * counterparts take part in it (by the labelling conventions, several company meetings of one day are one event).
 */
import { alternation, WB_END, WB_START } from './lexicon/build.ts';
import { GROUP_MEETING_EN } from './lexicon/en/people.ts';
import { GROUP_MEETING_RU } from './lexicon/ru/people.ts';
import { regex } from './pack-words.ts';
import { headSentences, type Sentence } from './sentences.ts';

const PACKS = [GROUP_MEETING_EN, GROUP_MEETING_RU];
/** A literal pre-test: most leads name no group of companies. */
const HINT = /compan|firm|corporat|enterpris|business|investor|компани|корпорац|предприят|бизнес|инвестор/i;
/** The meeting word, then within a few words the group of heads, then within three words their companies. */
const GROUP = regex(
  `${WB_START}${alternation(PACKS.flatMap((p) => p.meet))}${WB_END}[^.;]{0,60}?${WB_START}${alternation(PACKS.flatMap((p) => p.people))}\\s+(?:of\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${alternation(PACKS.flatMap((p) => p.bodies))}${WB_END}`,
  'iu',
);

/** True when the title or the first lead sentences report a meeting with a group of company heads. */
export function groupMeeting(sentences: Sentence[]): boolean {
  const h = headSentences(sentences);
  const head = [...(h.title ? [h.title] : []), ...h.lead.slice(0, 2)];
  return head.some((s) => HINT.test(s.text) && GROUP.test(s.text));
}
