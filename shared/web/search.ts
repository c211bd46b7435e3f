/**
 * The timeline's free-text search, in English and Russian alike. Names are stored in Latin
 * script, titles and summaries in the report's language: "Ван И" must find an English-only event (through the
 * gazetteer's Cyrillic spellings of known officials) and "Wang Yi" a Russian-only one (through the stored
 * participants). Topic words cross languages through the alerts' glossary, so alerts and pages agree.
 */
import { expandKeyword, expandParticipant } from '../alerts/keywords.ts';
import { containsAny, normalise } from '../alerts/matching.ts';
import type { Event } from '../domain/index.ts';

/** Everything searchable of an event, as one string. */
function searchText(e: Event): string {
  const people = [...e.participants, ...e.mentioned].map((p) => `${p.name} ${p.role ?? ''}`);
  return [
    e.title,
    e.summary,
    e.location ?? '',
    ...people,
    ...e.agreements.map((a) => a.title),
    ...e.sources.map((s) => `${s.title} ${s.outlet}`),
    ...e.topics,
    ...e.frameworks,
  ].join(' \n ');
}

/** Every word of `query` occurs (as a word start, in either language) in `text`. */
function allWords(text: string, query: string): boolean {
  const words = normalise(query).split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => containsAny(text, expandKeyword(w), false));
}

/** Free-text search: the query as typed, or (a Cyrillic name of a known official) its Latin spelling. */
export function matchesQuery(e: Event, query: string): boolean {
  const text = searchText(e);
  return expandParticipant(query).some((alt) => allWords(text, alt));
}
