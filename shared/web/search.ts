/**
 * Whether an event matches the timeline's filters, in English and Russian alike. Names are stored in Latin
 * script, titles and summaries in the report's language: "Ван И" must find an English-only event (through the
 * gazetteer's Cyrillic spellings of known officials) and "Wang Yi" a Russian-only one (through the stored
 * participants). Topic words cross languages through the alerts' glossary, so alerts and pages agree.
 */
import { expandKeyword, expandParticipant } from '../alerts/keywords.ts';
import { containsAny, normalise } from '../alerts/matching.ts';
import type { Event } from '../domain/index.ts';
import type { TimelineFilters } from './filters.ts';

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

/** A person filter: a participant or mentioned person whose name contains it, in either script. */
export function matchesPerson(e: Event, person: string): boolean {
  const names = [...e.participants, ...e.mentioned].map((p) => normalise(p.name));
  return expandParticipant(person).some((alt) => {
    const needle = normalise(alt);
    return needle.length > 0 && names.some((n) => n.includes(needle));
  });
}

/** Whether an event passes every filter except the date range (the store query applies that). */
export function matchesFilters(e: Event, f: TimelineFilters): boolean {
  if (f.kind && e.kind !== f.kind) return false;
  if (f.hasAgreement !== undefined && f.hasAgreement !== e.agreements.length > 0) return false;
  if (f.docType && !e.agreements.some((a) => a.docType === f.docType)) return false;
  if (f.lang && !e.sources.some((s) => s.lang === f.lang)) return false;
  if (f.participant && !matchesPerson(e, f.participant)) return false;
  if (f.q && !matchesQuery(e, f.q)) return false;
  return true;
}
