/**
 * Frameworks (UN, SCO, Belt and Road…) and topics (trade, transit, energy…) named in an article, in English,
 * Russian and Kazakh. The words live in the language packs (lexicon/<lang>/topics.ts), shared with the store's
 * search index and the alert keyword filters; this module only decides which concepts make up a topic and builds
 * the patterns, once, at module load.
 */
import * as en from './lexicon/en/topics.ts';
import * as kk from './lexicon/kk/topics.ts';
import * as ru from './lexicon/ru/topics.ts';
import { wordTest } from './word-index.ts';

/** The language packs of the domain words, each keyed by framework name and by English concept key. */
export const TOPIC_PACKS = { en, ru, kk } as const;

/** Languages of the packs. */
export type TopicLang = keyof typeof TOPIC_PACKS;

/**
 * The concepts each reported topic gathers (a topic is coarser than a search concept: "energy" is oil, gas,
 * electricity…). Order is the output order.
 */
export const TOPIC_CONCEPTS: Record<string, string[]> = {
  trade: ['trade', 'export', 'import'],
  transport: ['transport', 'logistic', 'railway'],
  transit: ['transit'],
  energy: ['energy', 'oil', 'gas', 'electricity', 'renewable', 'nuclear'],
  agriculture: ['agricultur', 'food', 'grain', 'wheat'],
  tourism: ['tourism'],
  visas: ['visa'],
  consular: ['consular'],
  security: ['security', 'terrorism', 'extremism'],
  culture: ['culture'],
  education: ['education'],
  investment: ['invest'],
  technology: ['technology', 'digital', 'ai'],
  water: ['water', 'irtysh', 'ili'],
  industry: ['industry'],
  finance: ['finance', 'yuan'],
  health: ['health'],
  media: ['media'],
};

/** The words of a framework in every language. */
export function frameworkWords(name: string): string[] {
  return Object.values(TOPIC_PACKS).flatMap(
    (p) => (p.FRAMEWORK_WORDS as Record<string, string[]>)[name] ?? [],
  );
}

/** The words of a concept in every language. */
export function conceptWords(key: string): string[] {
  return Object.values(TOPIC_PACKS).flatMap((p) => (p.CONCEPT_WORDS as Record<string, string[]>)[key] ?? []);
}

/** An acronym (UN, ШОС, C+C5) matches only in capitals: "un" or "сми" in lower case is another word. */
export function isAcronym(entry: string): boolean {
  return !entry.startsWith('/') && entry === entry.toUpperCase() && /\p{Lu}/u.test(entry);
}

/**
 * One test for a list of entries: acronyms case-sensitive, the rest not (JavaScript has no per-part flag). The
 * tests read the article's words once for all lists (word-index.ts) rather than scan it once per list.
 */
function matcher(entries: string[]): (text: string) => boolean {
  const acronyms = entries.filter(isAcronym);
  const words = entries.filter((e) => !isAcronym(e));
  const tests = [
    ...(acronyms.length ? [wordTest(acronyms, { caseSensitive: true })] : []),
    ...(words.length ? [wordTest(words)] : []),
  ];
  return (text) => tests.some((test) => test(text));
}

/** Every framework of any pack, in the English pack's order first (the output order). */
const FRAMEWORK_NAMES = [
  ...new Set(Object.values(TOPIC_PACKS).flatMap((p) => Object.keys(p.FRAMEWORK_WORDS))),
];

const FRAMEWORKS = FRAMEWORK_NAMES.map((name) => [name, matcher(frameworkWords(name))] as const);

const TOPICS = Object.entries(TOPIC_CONCEPTS).map(
  ([topic, keys]) => [topic, matcher(keys.flatMap(conceptWords))] as const,
);

/** The frameworks an article names, in a fixed order. */
export function extractFrameworks(text: string): string[] {
  return FRAMEWORKS.filter(([, test]) => test(text)).map(([name]) => name);
}

/** The topics an article touches, in a fixed order. */
export function extractTopics(text: string): string[] {
  return TOPICS.filter(([, test]) => test(text)).map(([name]) => name);
}
