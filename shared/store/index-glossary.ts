/**
 * The domain words of the store's search index, as a thin view of the language packs of extraction
 * (shared/extract/lexicon/{en,ru,kk}/topics.ts): every concept and every framework, keyed by its English key,
 * so `пшеница`, `бидай` and `wheat` find the same events from the index alone, and a word added to a pack is
 * searchable with no second list to keep in step. index-concepts.ts reads it.
 *
 * Forms keep the packs' convention: a trailing `*` is a stem taking any ending, any other form a whole word (a
 * Latin one after the index's fold and light stem, so `bank` finds banks). Cyrillic forms compare after Kazakh
 * letters fold to their Russian look-alikes (қ→к, ң→н, ә→а …).
 */
import { TOPIC_PACKS, type TopicLang } from '../extract/topics.ts';

/** One concept: its English key (the index token) and its forms in each language. */
export interface GlossaryEntry {
  /** The concept's key: the index token is this, folded and stemmed (so it meets the English word itself). */
  key: string;
  en: string[];
  ru: string[];
  kk: string[];
}

/**
 * A pack entry as an index form, or null when the index cannot say it: `/…/` regex entries (extraction only)
 * and entries with signs the index's words never hold (`C+C5`); commas between words go.
 */
function indexForm(entry: string): string | null {
  if (entry.startsWith('/')) return null;
  const form = entry.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  return /^[\p{L}\p{N}\s'’*-]+$/u.test(form) ? form : null;
}

function entryOf(key: string, table: 'CONCEPT_WORDS' | 'FRAMEWORK_WORDS'): GlossaryEntry {
  const forms = (lang: TopicLang) => [
    ...new Set(
      ((TOPIC_PACKS[lang][table] as Record<string, string[]>)[key] ?? []).flatMap((e) => indexForm(e) ?? []),
    ),
  ];
  return { key, en: forms('en'), ru: forms('ru'), kk: forms('kk') };
}

const keysOf = (table: 'CONCEPT_WORDS' | 'FRAMEWORK_WORDS') => [
  ...new Set(Object.values(TOPIC_PACKS).flatMap((p) => Object.keys(p[table]))),
];

/** The concepts (economy, transport, energy, people's exchanges, places), then the frameworks (SCO, Belt and Road…). */
export const SEARCH_GLOSSARY: GlossaryEntry[] = [
  ...keysOf('CONCEPT_WORDS').map((k) => entryOf(k, 'CONCEPT_WORDS')),
  ...keysOf('FRAMEWORK_WORDS').map((k) => entryOf(k, 'FRAMEWORK_WORDS')),
].filter((e) => e.en.length + e.ru.length + e.kk.length > 0);
