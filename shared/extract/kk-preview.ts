/**
 * A Kazakh preview of a visit: an envoy, a spokesperson or an analyst tells of a visit still to come («Си
 * Цзиньпин … мемлекеттік сапармен келеді. Бұл туралы … мәлімдеді», «елші Президенттің алдағы сапары туралы айтып
 * берді»). By the labelling conventions the event is that visit (kind `visit`), its visitor is the one
 * participant, and whoever tells of it or will host it is only mentioned. Words come from the kk pack
 * (../lexicon/kk/kind-preview.ts).
 */

import { PREVIEW_KK } from './lexicon/kk/kind-preview.ts';
import { OBLIQUE_ENDINGS } from './lexicon/kk/people.ts';
import { alternation, regex, WB_END, wordsRegex } from './pack-words.ts';
import { headSentences, type Sentence } from './sentences.ts';

const KAZAKH = /[әғқңөұүһі]/i;
const VERB = wordsRegex(PREVIEW_KK.visitVerbs);
const BARE = wordsRegex(PREVIEW_KK.bareVerbs);
const ANY_VERB = wordsRegex([...PREVIEW_KK.visitVerbs, ...PREVIEW_KK.bareVerbs]);
const NOUN = wordsRegex(PREVIEW_KK.visitNouns);
const DONE = wordsRegex(PREVIEW_KK.done);
const TRIP = regex(PREVIEW_KK.trip, 'iu');
/** A sentence ending in a verb of telling: its nominative subject reports, it does not travel. */
const TOLD_END = regex(`${alternation(PREVIEW_KK.told)}${WB_END}[.!…]?\\s*$`, 'iu');
const GENITIVE = ['ның', 'нің', 'дың', 'дің', 'тың', 'тің'];
const GENITIVE_END = regex(`(?:${GENITIVE.join('|')})$`, 'iu');
const GENITIVE_AFTER = regex(`^(?:${GENITIVE.join('|')})(?!\\p{L})`, 'iu');
const OBLIQUE_END = regex(`(?:${OBLIQUE_ENDINGS.join('|')})$`, 'iu');
const OBLIQUE_AFTER = regex(`^(?:${OBLIQUE_ENDINGS.join('|')})(?!\\p{L})`, 'iu');
/** The trip noun within a few words after a possessor («Тоқаевтың Бейжіңге алдағы мемлекеттік сапары»). */
const TRIP_AFTER = regex(`^\\p{L}*\\s+(?:[^\\s.!?;]+\\s+){0,6}?сапар`, 'iu');
/** The genitive name's invitation («… шақыруымен»): the host who invited, not the one who travels. */
const INVITED_AFTER = regex(`^\\p{L}*\\s+шақыр`, 'iu');

const memo = new WeakMap<Sentence[], boolean>();

/**
 * True when the head of a Kazakh article (title and first lead sentences) tells a visit still to come and no
 * event already done (an arrival, talks, a signing): the article previews that visit.
 */
export function kazakhPreview(sentences: Sentence[]): boolean {
  const known = memo.get(sentences);
  if (known !== undefined) return known;
  const { title, lead } = headSentences(sentences);
  const head = [title?.text ?? '', ...lead.slice(0, 3).map((s) => s.text)].join(' ');
  const found =
    KAZAKH.test(head) &&
    !DONE.test(head) &&
    (VERB.test(head) || NOUN.test(head) || (BARE.test(head) && TRIP.test(head)));
  memo.set(sentences, found);
  return found;
}

/**
 * In a preview, what one name occurrence is: the visitor ('event') when it is the subject of a visit verb (no
 * case ending, the sentence not ending in a verb of telling) or the possessor of the trip noun; anyone else —
 * the envoy who tells, the host in the comitative or genitive of an invitation — is only mentioned.
 */
export function previewEvidence(text: string, start: number, end: number): 'event' | 'mention' {
  const name = text.slice(start, end);
  const after = text.slice(end, end + 160);
  const genitive = GENITIVE_END.test(name) || GENITIVE_AFTER.test(after);
  if (genitive && TRIP_AFTER.test(after) && !INVITED_AFTER.test(after)) return 'event';
  const oblique = OBLIQUE_END.test(name) || OBLIQUE_AFTER.test(after);
  if (!oblique && ANY_VERB.test(text) && !TOLD_END.test(text)) return 'event';
  return 'mention';
}
