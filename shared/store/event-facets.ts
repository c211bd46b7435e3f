import type { Event } from '../domain/index.ts';
import { personKey, queryTokens, searchTokens } from './index-terms.ts';
import type { EventFilters } from './port.ts';

/**
 * The facets an event is indexed under, and how a listing query maps onto them. A facet is a string
 * `<name>#<value>`; each one is a GSI1 partition of index entries (DESIGN.md). Writing and reading derive
 * facets with the same functions, so a filter matches exactly the events whose facets contain it.
 */

/** Most search tokens one event is indexed under (a long summary must not cost hundreds of writes). */
export const MAX_TOKENS = 60;

/** The text of an event that search looks at: headline, summary, documents, people, place, frameworks. */
function searchText(e: Event): string {
  return [
    e.title,
    ...e.participants.map((p) => p.name),
    ...e.mentioned.map((p) => p.name),
    e.location ?? '',
    ...e.agreements.map((a) => a.title),
    ...e.frameworks,
    e.summary,
  ].join(' \n ');
}

/** Every facet of an event, distinct. */
export function eventFacets(e: Event): string[] {
  const out = new Set<string>([`kind#${e.kind}`, `agreement#${e.agreements.length > 0 ? 'yes' : 'no'}`]);
  for (const p of [...e.participants, ...e.mentioned]) {
    const key = personKey(p.name);
    if (key) out.add(`person#${key}`);
  }
  for (const a of e.agreements) out.add(`doc#${a.docType}`).add(`docstatus#${a.status}`);
  for (const s of e.sources) out.add(`lang#${s.lang}`);
  for (const t of searchTokens(searchText(e)).slice(0, MAX_TOKENS)) out.add(`q#${t}`);
  return [...out];
}

/**
 * The facets a listing requires (empty: no filter). A query whose text has no search token (only function
 * words) does not filter by text.
 */
export function requiredFacets(f: EventFilters): string[] {
  const out: string[] = [];
  if (f.q) out.push(...queryTokens(f.q).map((t) => `q#${t}`));
  if (f.participant) {
    const key = personKey(f.participant);
    // a participant with no letters matches nobody (rather than everybody)
    out.push(`person#${key || '-'}`);
  }
  if (f.docType) out.push(`doc#${f.docType}`);
  if (f.kind) out.push(`kind#${f.kind}`);
  if (f.agreementStatus) out.push(`docstatus#${f.agreementStatus}`);
  if (f.hasAgreement !== undefined) out.push(`agreement#${f.hasAgreement ? 'yes' : 'no'}`);
  if (f.lang) out.push(`lang#${f.lang}`);
  return [...new Set(out)];
}

/**
 * How selective a facet usually is (lower: fewer events): a person or a search word picks few events, a
 * document type a few in ten, a kind one in six, has-agreement and language about half. There are no counts
 * to consult; this ranking follows what the facets mean, and a longer search word is usually rarer.
 */
function selectivity(facet: string): number {
  const [name, value = ''] = facet.split('#', 2);
  switch (name) {
    case 'q':
      return 1 - Math.min(value.length, 20) / 100;
    case 'person':
      return 2;
    case 'doc':
      return 3;
    case 'kind':
    case 'docstatus':
      return 4;
    default:
      return 5;
  }
}

/** The facet a listing reads (the most selective required one); the others are checked on each event. */
export function chooseFacet(required: string[]): string {
  return [...required].sort((a, b) => selectivity(a) - selectivity(b) || a.localeCompare(b))[0] ?? '';
}

/** Person keys of names already seen: a list page checks the same few officials on every event. */
const personKeys = new Map<string, string>();

/** `personKey`, memoised (bounded: a long-running server sees an open-ended set of names). */
function cachedPersonKey(name: string): string {
  let key = personKeys.get(name);
  if (key === undefined) {
    if (personKeys.size >= 10_000) personKeys.clear();
    key = personKey(name);
    personKeys.set(name, key);
  }
  return key;
}

/**
 * Whether an event has every required facet (the exact check behind every index read). Same answer as
 * membership in `eventFacets(e)`, but each facet is checked on its own field: the search tokens (most of the
 * cost of `eventFacets`, and on a list route most of the request's CPU) are computed only for a `q#` filter.
 */
export function hasFacets(e: Event, required: string[]): boolean {
  let tokens: Set<string> | undefined;
  return required.every((f) => {
    const at = f.indexOf('#');
    const value = f.slice(at + 1);
    switch (f.slice(0, at)) {
      case 'kind':
        return e.kind === value;
      case 'agreement':
        return (e.agreements.length > 0 ? 'yes' : 'no') === value;
      case 'person':
        return [...e.participants, ...e.mentioned].some((p) => {
          const key = cachedPersonKey(p.name);
          return key !== '' && key === value;
        });
      case 'doc':
        return e.agreements.some((a) => a.docType === value);
      case 'docstatus':
        return e.agreements.some((a) => a.status === value);
      case 'lang':
        return e.sources.some((s) => s.lang === value);
      case 'q':
        tokens ??= new Set(searchTokens(searchText(e)).slice(0, MAX_TOKENS));
        return tokens.has(value);
      default:
        return eventFacets(e).includes(f);
    }
  });
}
