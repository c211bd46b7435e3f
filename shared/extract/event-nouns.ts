/**
 * Event nouns of a sentence ("talks", «форум», "the 8th meeting of the … Committee", "memorandum") with the
 * kind each names; documents are marked (they make a signing only as the object of "concluded", "exchanged").
 */
import type { EventKind } from '../domain/index.ts';
import { keyedFinder } from './keyed-finder.ts';
import { alternation } from './lexicon/build.ts';
import { KIND_EN } from './lexicon/en/kind.ts';
import { KIND_KK } from './lexicon/kk/kind.ts';
import { KIND_RU } from './lexicon/ru/kind.ts';
import { memoize } from './memo.ts';
import { type Caseless, caseless } from './pack-words.ts';

const PACKS = [KIND_EN, KIND_RU, KIND_KK];
type Lists = Partial<Record<string, readonly string[]>>;
const NOUNS = new Map<string, string[]>();
for (const p of PACKS)
  for (const [k, v] of Object.entries(p.nouns as Lists))
    NOUNS.set(k, [...(NOUNS.get(k) ?? []), ...(v ?? [])]);
const DOCUMENTS = PACKS.flatMap((p) => [...p.documents]);
// Tested on folded text (`caseless`): one case-insensitive list per kind cost milliseconds each to compile.
const anchored = (entries: string[]) => caseless(`^${alternation(entries)}$`, 'iu', { raw: true });

const NOUN = keyedFinder([...[...NOUNS.values()].flat(), ...DOCUMENTS]);
const DOCUMENT_TEST = anchored(DOCUMENTS);
const NOUN_KIND: [Caseless, EventKind][] = [
  ...[...NOUNS].map(([k, v]) => [anchored(v), k as EventKind] as [Caseless, EventKind]),
  [DOCUMENT_TEST, 'agreement_signing'],
];

/** One event noun found in a (masked) text. */
export interface EventNoun {
  kind: EventKind;
  at: number;
  end: number;
  document: boolean;
}

/** Event nouns of a text in order ("talks", «форум», "the 8th meeting of the … Committee"). */
export const eventNouns: (text: string) => EventNoun[] = memoize((text: string) => findNouns(text));

function findNouns(text: string): EventNoun[] {
  const out: EventNoun[] = [];
  for (const m of NOUN(text)) {
    const hit = NOUN_KIND.find(([re]) => re.test(m.text));
    if (!hit) continue;
    out.push({ kind: hit[1], at: m.at, end: m.end, document: hit[0] === DOCUMENT_TEST });
  }
  return out;
}
