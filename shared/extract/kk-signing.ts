/**
 * A Kazakh report of documents signed at talks: «екі басшы … құжаттарға қол қойды. Кеңейтілген құрамда
 * келіссөз жүргізгеннен кейін …». The head reads the signing first, but by the labelling conventions documents
 * signed at a meeting belong to it: the event is the meeting unless the signing ceremony itself is named.
 */

import type { KindWithEvidence } from './kind.ts';
import { SIGNING_AT_TALKS_KK } from './lexicon/kk/kind-signing.ts';
import { wordsRegex } from './pack-words.ts';
import type { Sentence } from './sentences.ts';

const KAZAKH = /[әғқңөұүһі]/i;
const TALKS = wordsRegex(SIGNING_AT_TALKS_KK.talks);
const CEREMONY = wordsRegex(SIGNING_AT_TALKS_KK.ceremony);
const OTHER_TIME = wordsRegex(SIGNING_AT_TALKS_KK.otherTime);
const TRIP = wordsRegex(SIGNING_AT_TALKS_KK.trip);
/** The top of the article: the talks that frame a signing are told beside it, not deep in the body. */
const TOP = 8;
/** Every talks cue holds one of these stems: a cheap test before the word lists. */
const HINT = /келіссөз|кездес|жүздес|құрам/i;

/**
 * The kind of a Kazakh article whose head reads a signing: `meeting` when its top sentences tell talks or a
 * meeting held (and name no signing ceremony), else the kind given.
 */
export function kazakhSigningAtTalks(sentences: Sentence[], found: KindWithEvidence): KindWithEvidence {
  if (found.kind !== 'agreement_signing') return found;
  const top = sentences.slice(0, TOP + 1);
  if (!top.some((s) => KAZAKH.test(s.text))) return found;
  if (top.some((s) => CEREMONY.test(s.text))) return found;
  // Signed during a business trip (said in the signing's own sentence): the trip is the event.
  if (found.evidence && TRIP.test(found.evidence)) return { ...found, kind: 'visit' };
  const talks = top.find((s) => HINT.test(s.text) && TALKS.test(s.text) && !OTHER_TIME.test(s.text));
  return talks ? { ...found, kind: 'meeting', evidence: talks.text } : found;
}
