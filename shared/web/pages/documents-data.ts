/**
 * The documents table's rows: one per document of an event, and the link from a document announced as planned
 * to its later signing (same type, titles that share most of their words, signed on a later or the same day).
 */
import { normalise } from '../../alerts/matching.ts';
import type { Agreement, Event } from '../../domain/index.ts';
import { docWord } from '../format.ts';

/** One document of one event. */
export interface DocRow {
  /** Anchor id of the row: `doc-<eventId>-<index>`. */
  anchor: string;
  event: Event;
  doc: Agreement;
  /** The row of its signing (for a planned document signed later). */
  signedAs?: DocRow;
  /** The row that announced it (for a signed document announced before). */
  announcedAs?: DocRow;
}

/** Content words of a title (short function words say nothing about which document it is). */
function titleWords(title: string): Set<string> {
  return new Set(
    normalise(title)
      .split(' ')
      .filter((w) => w.length >= 4),
  );
}

/** Share of words two titles have in common (Jaccard). */
export function titleSimilarity(a: string, b: string): number {
  const x = titleWords(a);
  const y = titleWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both);
}

/** Titles at least this similar name the same document. */
const SAME_DOCUMENT = 0.5;

/** Rows of every document of the events, with planned documents linked to their signing. */
export function documentRows(events: Event[]): DocRow[] {
  const rows = events.flatMap((event) =>
    event.agreements.map((doc, i): DocRow => ({ anchor: `doc-${event.id}-${i}`, event, doc })),
  );
  const signed = rows.filter((r) => r.doc.status === 'signed');
  for (const planned of rows.filter((r) => r.doc.status === 'planned')) {
    const day = planned.event.eventDate ?? '';
    let best: DocRow | undefined;
    let bestScore = SAME_DOCUMENT;
    for (const s of signed) {
      if (s.doc.docType !== planned.doc.docType || s.announcedAs) continue;
      if (day && s.event.eventDate && s.event.eventDate < day) continue;
      const score = titleSimilarity(planned.doc.title, s.doc.title);
      if (score >= bestScore) [best, bestScore] = [s, score];
    }
    if (best) {
      planned.signedAs = best;
      best.announcedAs = planned;
    }
  }
  return rows;
}

/** Columns the table sorts by. */
export const SORTS = ['date', 'type', 'status', 'title', 'event'] as const;
export type SortKey = (typeof SORTS)[number];

/** The rows sorted by a column; ties keep the newest first. */
export function sortRows(rows: DocRow[], key: SortKey, dir: 'asc' | 'desc'): DocRow[] {
  const value = (r: DocRow): string => {
    if (key === 'date') return r.event.eventDate ?? '';
    if (key === 'type') return docWord(r.doc.docType);
    if (key === 'status') return r.doc.status;
    if (key === 'title') return r.doc.title.toLowerCase();
    return r.event.title.toLowerCase();
  };
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * value(a).localeCompare(value(b)) ||
      (b.event.eventDate ?? '').localeCompare(a.event.eventDate ?? ''),
  );
}
