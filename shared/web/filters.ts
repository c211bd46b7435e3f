/**
 * The timeline's filters: the `/events` query parameters (from, to, kind, participant, docType, hasAgreement, q,
 * lang), so a page URL and an API URL say the same thing. Read leniently: a browser form may send empty fields,
 * and a bad value is reported on the page next to the form instead of failing the whole page.
 */
import * as z from 'zod';
import { DocType, EventKind, IsoDate } from '../domain/index.ts';

/** Filters of the timeline (and of the subscribe form). */
export interface TimelineFilters {
  from?: string;
  to?: string;
  kind?: EventKind;
  participant?: string;
  docType?: DocType;
  hasAgreement?: boolean;
  q?: string;
  lang?: 'en' | 'ru' | 'kk' | 'zh';
}

/** Languages a source can be in, with their names. */
export const SOURCE_LANGS = { en: 'English', ru: 'Russian', kk: 'Kazakh', zh: 'Chinese' } as const;

const Text = z.string().trim().min(1).max(200);
const FIELDS = {
  from: IsoDate,
  to: IsoDate,
  kind: EventKind,
  participant: Text,
  docType: DocType,
  hasAgreement: z.enum(['true', 'false']).transform((v) => v === 'true'),
  q: Text,
  lang: z.enum(['en', 'ru', 'kk', 'zh']),
} as const;

/** The filters in a query, and a message for each field that was given but not understood. */
export function readFilters(query: Record<string, string | undefined>): {
  filters: TimelineFilters;
  problems: string[];
} {
  const filters: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, schema] of Object.entries(FIELDS)) {
    const value = query[name]?.trim();
    if (!value) continue;
    const parsed = (schema as z.ZodType).safeParse(value);
    if (parsed.success) filters[name] = parsed.data;
    else problems.push(`"${name}" was not understood and is ignored`);
  }
  const out = filters as TimelineFilters;
  if (out.from && out.to && out.from > out.to) {
    problems.push('"from" is after "to": the dates are swapped');
    [out.from, out.to] = [out.to, out.from];
  }
  return { filters: out, problems };
}

/** The filters as query parameters (for links that keep them, e.g. the next page). */
export function filterParams(f: TimelineFilters): Record<string, string | undefined> {
  return {
    from: f.from,
    to: f.to,
    kind: f.kind,
    participant: f.participant,
    docType: f.docType,
    hasAgreement: f.hasAgreement === undefined ? undefined : String(f.hasAgreement),
    q: f.q,
    lang: f.lang,
  };
}

/** Whether any filter is set. */
export function hasFilters(f: TimelineFilters): boolean {
  return Object.values(filterParams(f)).some(Boolean);
}
