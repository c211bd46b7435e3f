/** The signing and planning verbs of a sentence, and which of them a document takes. */
import type { DocType } from '../domain/index.ts';
import {
  GATES,
  HEADLINE_SIGNED,
  INTENT,
  ISSUED,
  ISSUED_TYPES,
  PLANNED,
  SIGN_VERB,
  SIGNED,
} from './agreement-cues.ts';
import type { Status } from './agreement-mentions.ts';
import { execAll } from './exec-all.ts';
import { mayMatch } from './word-keys.ts';

/** A signing or planning verb of a sentence; `issued` marks "adopted"/"issued", which sign statements only. */
export interface Cue {
  at: number;
  status: Status;
  issued?: boolean;
}

/**
 * Where the signing and planning verbs of a sentence are; a planning word right before "signing" wins. A
 * headline's present tense ("Kazakhstan, China sign …") is a signing that happened.
 */
export function cues(text: string, headline = false): Cue[] {
  // "intend to review … and sign": an intention counts only with a signing verb in the sentence.
  // The gate first: most sentences have no intention word, and then the verb need not be looked for.
  const intents = mayMatch(GATES.intent, text) && SIGN_VERB.test(text) ? execAll(INTENT, text) : [];
  const planned = [...scan(PLANNED, GATES.planned, text), ...intents].map((m) => ({
    at: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const past = [
    ...scan(SIGNED, GATES.signed, text),
    ...(headline ? scan(HEADLINE_SIGNED, GATES.headline, text) : []),
  ];
  const signed = past.map((m) => m.index ?? 0).filter((at) => notPlanned(planned, at));
  const issued = scan(ISSUED, GATES.issued, text)
    .map((m) => m.index ?? 0)
    .filter((at) => notPlanned(planned, at));
  return [
    ...signed.map((at) => ({ at, status: 'signed' as const })),
    ...issued.map((at) => ({ at, status: 'signed' as const, issued: true })),
    ...planned.map((p) => ({ at: p.at, status: 'planned' as const })),
  ];
}

// Module functions rather than closures made on each call: under tsx every named closure costs a
// defineProperty (its name) each time it is made, and cues runs for every sentence naming a document.

/** The matches of a verb pattern, when its word-key gate lets the text through. */
function scan(re: RegExp, gate: number, text: string): RegExpExecArray[] {
  return mayMatch(gate, text) ? execAll(re, text) : [];
}

/**
 * No planning word ends right before the position ("to be signed" is planned, not signed), and none holds it:
 * «будет подписано» is one planned cue, whose «подписано» is no signing of its own.
 */
function notPlanned(planned: Array<{ at: number; end: number }>, at: number): boolean {
  return !planned.some((p) => (p.end <= at && at - p.end < 15) || (p.at <= at && at < p.end));
}

/** The cues that can sign a document of this type: "adopted"/"issued" only a statement or declaration. */
export function cuesFor(hits: Cue[], docType: DocType | null): Cue[] {
  return hits.filter((h) => !h.issued || (docType !== null && ISSUED_TYPES.has(docType)));
}

/** The status of the verb nearest a position (a document takes the verb next to it in a mixed sentence). */
export function nearest(hits: Cue[], at: number): Status | null {
  let best: Status | null = null;
  let dist = Number.POSITIVE_INFINITY;
  for (const h of hits) {
    const d = Math.abs(h.at - at);
    if (d < dist) {
      dist = d;
      best = h.status;
    }
  }
  return best;
}
