/** The kind of event a Chinese text reports, read from its title and lead. */
import type { EventKind } from '../../domain/index.ts';
import { ENVOYS_ZH, FRAME_ZH, KIND_ZH, MAYBE_ZH, SIGNED_JOINT_ZH } from '../lexicon/zh/kind.ts';
import { SPEAKING_ZH } from '../lexicon/zh/participation.ts';
import { firstIn, headOf, type ZhDoc } from './text.ts';

/** A sentence of reported speech («他说，…», «王毅表示，…»): what it recalls is not the event's kind. */
const SPEECH = /^[^，。,]{0,12}?(?:说|表示|指出|强调|认为)[,，:：]/;

/** Whether every kind word of a sentence stands after an uncertain «或将», «有望» in its clause. */
function previewed(text: string, words: readonly string[]): boolean {
  return text.split(/[，。；：,;:]/).every((clause) => {
    const at = Math.min(...words.map((w) => clause.indexOf(w)).filter((i) => i >= 0));
    return !Number.isFinite(at) || MAYBE_ZH.some((m) => clause.slice(0, at).includes(m));
  });
}

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
          firstIn(s.text, words) !== undefined &&
          !previewed(s.text, words) &&
          !(kind === 'visit' && /访问期间|访华期间|访哈期间/.test(s.text)) &&
          !SPEECH.test(s.text),
      );
      if (!hit) continue;
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
  return { kind: 'other', evidence: null };
}

/** The leaders signing or issuing their joint statement («两国元首签署了联合声明», «签署并发表联合声明»). */
const JOINT_SIGNED = new RegExp(`(?:${SIGNED_JOINT_ZH.join('|')})[^，。；]{0,30}?联合声明`);

/** An envoy, a name of a few characters, then a verb of speaking («驻华大使卡马尔季诺夫表示», «大使张霄：»). */
const ENVOY_SPEAKS = new RegExp(
  `(?:${ENVOYS_ZH.join('|')})[^，。；]{0,12}?(?:${SPEAKING_ZH.filter((w) => w !== '说').join('|')})`,
);
