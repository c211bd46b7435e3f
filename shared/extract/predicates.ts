/**
 * Event predicates of a sentence: the verbs of its main clause that name an event ("met", «прибыл»), light
 * verbs with their event noun ("held talks", "attended the forum", «совершил визит»), speech verbs ("said") —
 * each with its kind and whether it happened, is to happen, or is background.
 */
import type { EventKind } from '../domain/index.ts';
import { clauseReader, futureAt, mainClause, pastReader } from './clauses.ts';
import { type EventNoun, eventNouns } from './event-nouns.ts';
import { flagCache } from './flag-cache.ts';
import { keyedFinder } from './keyed-finder.ts';
import { alternation, WB_END, WB_START } from './lexicon/build.ts';
import { KIND_EN } from './lexicon/en/kind.ts';
import { KIND_KK } from './lexicon/kk/kind.ts';
import { KIND_RU } from './lexicon/ru/kind.ts';
import { type Caseless, caseless, regex } from './pack-words.ts';
import type { PhraseMatch } from './phrases.ts';
import { bySubject } from './predicate-subjects.ts';

const PACKS = [KIND_EN, KIND_RU, KIND_KK];
type KindKey = Exclude<EventKind, never>;
type Lists = Partial<Record<string, readonly string[]>>;
const KINDS: KindKey[] = [
  'phone_call',
  'meeting',
  'visit',
  'forum',
  'agreement_signing',
  'statement',
  'other',
];

/** One predicate found in a sentence. */
export interface Predicate {
  /** `event` names a happening, `speech` is someone speaking (a statement unless a setting says otherwise). */
  role: 'event' | 'speech';
  kind: EventKind;
  tense: 'realized' | 'future' | 'past';
  /** A verb of talking things over ("discussed"): a meeting, but no container for a signing. */
  weak: boolean;
  at: number;
  end: number;
}

function merged(pick: (p: (typeof PACKS)[number]) => Lists): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of PACKS)
    for (const [k, v] of Object.entries(pick(p))) out.set(k, [...(out.get(k) ?? []), ...(v ?? [])]);
  return out;
}
/**
 * Run on folded text (`caseless`; the matched words are short and each is classified once, see categoryOf):
 * each case-insensitive list, compiled on its first use in a process (for each text encoding), cost
 * milliseconds; the same lists without `i` compile in a fraction of that.
 */
const anchored = (entries: string[]) => caseless(`^${alternation(entries)}$`, 'iu', { raw: true });

const VERBS = merged((p) => p.verbs as Lists);
const DISCUSS = PACKS.flatMap((p) => [...p.discuss]);
const FUTURE_VERBS = merged((p) => p.futureVerbs as Lists);
const LIGHT = merged((p) => p.light as Lists);
const INTRANSITIVE = PACKS.flatMap((p) => [...p.intransitive]);
const SPEECH = PACKS.flatMap((p) => [...p.speech]);
const ATTRIBUTION = PACKS.flatMap((p) => [...p.attribution]);
const SETTING_STRONG = regex(
  `${WB_START}${alternation(PACKS.flatMap((p) => [...p.setting]))}(?:\\s+[\\p{L}\\d.’'-]+){0,4}\\s+$`,
  'iu',
);
const SETTING_WEAK = regex(
  `${WB_START}${alternation(PACKS.flatMap((p) => [...p.settingWeak]))}(?:\\s+[\\p{L}\\d.’'-]+){0,3}\\s+$`,
  'iu',
);
/** Kazakh puts the setting word after its noun («сапары барысында»). */
const SETTING_AFTER = new RegExp(`^\\S*\\s+${alternation(KIND_KK.setting)}${WB_END}`, 'iu');
const DETERMINER = new RegExp(`${WB_START}${alternation(KIND_EN.determiners)}\\s+$`, 'iu');

interface Category {
  test: Caseless;
  role: 'event' | 'speech' | 'attribution' | 'light';
  kind: EventKind | null;
  weak?: boolean;
  future: boolean;
  /** Light verbs: look for the noun before the verb first (subject of "was held", «прошла встреча» after). */
  backFirst: boolean;
}
// Order matters: the first category whose words match the found text classifies it.
const CATEGORIES: Category[] = [
  { test: anchored(ATTRIBUTION), role: 'attribution', kind: null, future: false, backFirst: false },
  ...[...FUTURE_VERBS].map(([k, v]) => ({
    test: anchored(v),
    role: 'event' as const,
    kind: k as EventKind,
    future: true,
    backFirst: false,
  })),
  ...[...VERBS].map(([k, v]) => ({
    test: anchored(v),
    role: 'event' as const,
    kind: k as EventKind,
    future: false,
    backFirst: false,
  })),
  ...[...LIGHT].map(([k, v]) => ({
    test: anchored(v),
    role: 'light' as const,
    kind: KINDS.includes(k as KindKey) ? (k as EventKind) : null,
    future: k === 'future',
    backFirst: false,
  })),
  { test: anchored(DISCUSS), role: 'event', kind: 'meeting', weak: true, future: false, backFirst: false },
  { test: anchored(INTRANSITIVE), role: 'light', kind: null, future: false, backFirst: true },
  { test: anchored(SPEECH), role: 'speech', kind: 'statement', future: false, backFirst: false },
];
const PREDICATE_WORDS = [
  ...ATTRIBUTION,
  ...[...FUTURE_VERBS.values()].flat(),
  ...[...VERBS.values()].flat(),
  ...DISCUSS,
  ...[...LIGHT.values()].flat(),
  ...INTRANSITIVE,
  ...SPEECH,
];
/**
 * The Kazakh "X мен Y кездесті" entries open with any word (`\S+`): the pattern tries them first (they are the
 * longest) at every offset of every sentence, which cost more than all the other entries together. Every such
 * entry holds one of these stems, so a sentence without them is read without those entries: the same matches,
 * as they fail everywhere in it.
 */
const PAIR_STEM = /кездес|жүздес/iu;
const opensWithAnyWord = (e: string) => e.startsWith('/\\S');
const pairEntries = PREDICATE_WORDS.filter(opensWithAnyWord);
const PREDICATE_ALL = keyedFinder(PREDICATE_WORDS);
// Only when every such entry names a stem of PAIR_STEM is the lean finder exact; otherwise all are always read.
const PREDICATE_LEAN = pairEntries.every((e) => PAIR_STEM.test(e))
  ? keyedFinder(PREDICATE_WORDS.filter((e) => !opensWithAnyWord(e)))
  : PREDICATE_ALL;
function PREDICATE(text: string): PhraseMatch[] {
  return PAIR_STEM.test(text) ? PREDICATE_ALL(text) : PREDICATE_LEAN(text);
}
/** The category of found words: a map for plain entries, the patterns only for stems ("участвовал*"). */
const byText = new Map<string, Category>();
function categoryOf(text: string): Category | undefined {
  const key = text.toLowerCase().replace(/\s+/g, ' ');
  let cat = byText.get(key);
  if (cat === undefined) {
    cat = CATEGORIES.find((c) => c.test.test(text));
    if (cat && byText.size < 5000) byText.set(key, cat);
  }
  return cat;
}
/** An English bare verb form (no -ed, no -s) and the irregular past forms that look bare. */
const BARE = /^[a-z][a-z -]*$/i;
const PAST_FORM =
  /(?:ed|s)(?:\s|$)|^(?:met|held|had|made|paid|sent|began|took|wrote|left|flew|spoke|shook)\b/i;

/**
 * Whether an event noun is a setting rather than the event: `strong` after "during", "as part of", «в ходе»;
 * `weak` after "at", "of", «на»; null when nothing marks it.
 */
export function nounSetting(masked: string, noun: EventNoun): 'strong' | 'weak' | null {
  const before = masked.slice(Math.max(0, noun.at - 45), noun.at);
  if (SETTING_AFTER.test(masked.slice(noun.at, noun.end + 25))) return 'strong';
  // The words between the preposition and the noun must not hold a verb ("of X Y held talks" is no setting).
  const strong = SETTING_STRONG.exec(before);
  const weak = strong ? null : SETTING_WEAK.exec(before);
  const m = strong ?? weak;
  if (!m) return null;
  if (PREDICATE(m[0].replace(/^\S+/, '')).length > 0) return null;
  return strong ? 'strong' : 'weak';
}

/** The kind a light verb takes from the nearest event noun of its clause (after it, or before it). */
function lightKind(
  masked: string,
  at: number,
  end: number,
  cat: Category,
  clause: [number, number],
): EventKind | null {
  // Nouns of the whole sentence, once (memoised), kept to this verb's clause and neighbourhood.
  const nouns = eventNouns(masked);
  const stop = Math.min(clause[1], end + 70);
  const after = nouns.find((n) => n.at >= end && n.at < stop && nounSetting(masked, n) !== 'strong');
  // "The 9th meeting of the Subcommittee on Trade and Economic Cooperation was held": a subject's noun may
  // stand far before its verb; an object's noun comes close after.
  const start = cat.backFirst ? clause[0] : Math.max(clause[0], at - 70);
  const before = nouns.filter((n) => n.at >= start && n.end <= at).at(-1);
  const first = cat.backFirst ? (before ?? after) : (after ?? before);
  return first?.kind ?? cat.kind;
}

/** The predicates of a sentence's main clause (or of all its clauses with `mainOnly` false), in order. */
export const predicates: (text: string, isTitle?: boolean, mainOnly?: boolean) => Predicate[] = flagCache(
  findPredicates,
  false,
  true,
);

function findPredicates(text: string, isTitle: boolean, mainOnly: boolean): Predicate[] {
  const masked = mainClause(text, isTitle, mainOnly);
  const out: Predicate[] = [];
  const pastIn = pastReader(masked);
  const clauseAround = clauseReader(masked);
  for (const m of PREDICATE(masked)) {
    const { at, end } = m;
    const cat = categoryOf(m.text);
    if (!cat || cat.role === 'attribution') continue;
    // "the visit", "a two-day visit": an English verb form used as a noun.
    if (DETERMINER.test(masked.slice(Math.max(0, at - 20), at))) continue;
    const clause = clauseAround(at);
    const verbKind = cat.role === 'light' ? lightKind(masked, at, end, cat, clause) : cat.kind;
    const kind =
      verbKind && cat.role !== 'speech' ? bySubject(verbKind, masked.slice(clause[0], at)) : verbKind;
    if (!kind) continue;
    // "China opened its market to …": an opening with no event noun is a weak `other`.
    const weak = cat.weak === true || (cat.role === 'light' && cat.kind === 'other' && kind === 'other');
    // "is scheduled to meet X, hold talks and attend …": bare verbs after a future one share its future.
    const sharesFuture = out.at(-1)?.tense === 'future' && BARE.test(m.text) && !PAST_FORM.test(m.text);
    const tense =
      cat.future || sharesFuture || futureAt(masked, at, clause[0])
        ? 'future'
        : pastIn(clause[0], clause[1])
          ? 'past'
          : 'realized';
    out.push({ role: cat.role === 'speech' ? 'speech' : 'event', kind, tense, weak, at, end });
  }
  return out;
}

/** The masked main clause and the event nouns, for callers that look for nouns and settings themselves. */
export { mainClause } from './clauses.ts';
export { type EventNoun, eventNouns } from './event-nouns.ts';
