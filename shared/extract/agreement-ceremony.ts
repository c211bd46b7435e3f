/** A signing ceremony reported without its documents: one generic signed entry. */

import { CEREMONY, CUMULATIVE, earlierYear, OTHER_TIME } from './agreement-cues.ts';
import type { Found } from './agreement-mentions.ts';
import { MAY_BE_CEREMONY } from './agreement-prechecks.ts';
import { cues } from './agreement-verbs.ts';
import type { Sentence } from './sentences.ts';

/**
 * "The leaders shook hands at the signing ceremony", «на церемонии подписания»: documents were signed although
 * the report names none. One generic `other` entry stands for them, unless a later or earlier ceremony is meant
 * (another time, a running total) or the signing is still to come.
 */
export function ceremonyDocument(sentences: Sentence[], eventYear: number | null): Found | null {
  for (const s of sentences) {
    const text = s.text;
    if (!MAY_BE_CEREMONY.test(text) || !CEREMONY.test(text)) continue;
    if (cues(text, s.zone === 'title').some((c) => c.status === 'planned')) continue;
    if (CUMULATIVE.test(text) || OTHER_TIME.test(text) || earlierYear(text, eventYear)) continue;
    return {
      docType: 'other',
      status: 'signed',
      title: 'documents signed at the ceremony',
      evidence: text,
      anaphoric: false,
      generic: true,
    };
  }
  return null;
}
