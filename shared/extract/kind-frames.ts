/**
 * Frames around the kind the head reads: a batch of documents whose signing opens the lead (then the signing is
 * the event), and a multilateral summit whose sidelines hold the pair's meeting (then the meeting is).
 */
import type { EventKind } from '../domain/index.ts';
import { alternation, WB_START } from './lexicon/build.ts';
import { KIND_EN } from './lexicon/en/kind.ts';
import { KIND_RU } from './lexicon/ru/kind.ts';
import { caseless } from './pack-words.ts';
import { predicates } from './predicates.ts';
import { has, MULTILATERAL_TITLE, ONE_BY_ONE } from './relevance-patterns.ts';
import { headSentences, type Sentence } from './sentences.ts';

/**
 * A batch of documents ("15 documents", «ряд соглашений»): see signingKind. Run on folded text (`caseless`): its
 * `\p{L}` runs under `i` took some ten milliseconds to compile, on the first signing of each process.
 */
export const BATCH = caseless(`${WB_START}${alternation([...KIND_EN.batch, ...KIND_RU.batch])}`, 'iu', {
  raw: true,
});

/** A kind with the sentence it was read from (as kind.ts returns it). */
interface Found {
  kind: EventKind;
  evidence: string | null;
}

/**
 * "Tokayev attends SCO summit, meets Xi": a multilateral summit (SCO, C+C5, CICA, BRICS) is no Kazakhstan–China
 * event of its own; the pair's meeting on its sidelines, told in the title or lead, is the reported event.
 */
export function summitMeeting(sentences: Sentence[], found: Found): Found {
  if (found.kind !== 'forum') return found;
  const h = headSentences(sentences);
  const head = [...(h.title ? [h.title] : []), ...h.lead];
  if (!head.some((s) => has(MULTILATERAL_TITLE, s.text))) return found;
  const met =
    head.find((s) =>
      predicates(s.text, s.zone === 'title').some(
        (p) => p.kind === 'meeting' && p.role === 'event' && p.tense === 'realized' && !p.weak,
      ),
    ) ??
    // "Leaders converged on Thursday for one-on-ones with Xi, ahead of the summit": the pair's own talks of
    // summit week are named without a meeting verb.
    head.find((s) => has(ONE_BY_ONE, s.text));
  return met ? { kind: 'meeting', evidence: met.text } : found;
}
