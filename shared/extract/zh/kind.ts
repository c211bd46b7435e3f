/** The kind of event a Chinese text reports, read from its title and lead. */
import type { EventKind } from '../../domain/index.ts';
import { FRAME_ZH, KIND_ZH } from '../lexicon/zh/kind.ts';
import { firstIn, headOf, type ZhDoc } from './text.ts';

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
  const head = headOf(doc);
  const zones = [head.filter((s) => s.zone === 'title'), head.filter((s) => s.zone !== 'title')];
  for (const sentences of zones) {
    for (const [kind, words] of KIND_ZH) {
      const hit = sentences.find((s) => firstIn(s.text, words) !== undefined);
      if (!hit) continue;
      if ((kind === 'visit' || kind === 'forum') && firstIn(hit.text, FRAME_ZH)) {
        const meet = KIND_ZH.find(([k]) => k === 'meeting')?.[1] ?? [];
        if (firstIn(hit.text, meet)) return { kind: 'meeting', evidence: hit.text };
      }
      return { kind: kind as EventKind, evidence: hit.text };
    }
  }
  return { kind: 'other', evidence: null };
}
