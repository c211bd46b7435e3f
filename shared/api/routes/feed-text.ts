import type { Event } from '../../domain/index.ts';

/** Characters XML 1.0 cannot carry at all (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML element content and attribute values, dropping characters XML cannot hold. */
export function xmlEscape(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

/** The plain-text body of a feed item: summary, then who took part and which documents. */
export function itemText(e: Event): string {
  const parties = e.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', ');
  const docs = e.agreements.map((a) => `${a.status} ${a.docType}: ${a.title}`).join('; ');
  const where = [e.eventDate, e.location].filter(Boolean).join(', ');
  return [
    e.summary,
    where && `When and where: ${where}`,
    parties && `Participants: ${parties}`,
    docs && `Documents: ${docs}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The date a feed item is filed under: the event's own date, else when it was first seen. */
export function itemDate(e: Event): Date {
  return new Date(`${e.eventDate ?? e.createdAt.slice(0, 10)}T00:00:00Z`);
}

/** The feeds' shared title and description. */
export const FEED_TITLE = 'Kazakhstan–China events (kz-china-monitor)';
export const FEED_DESCRIPTION =
  'Meetings, visits and agreements between Kazakhstan and China, extracted from the news.';

/** The filters of a feed request, as a query string to repeat in its self link (`?kind=visit`). */
export function selfQuery(req: Request): string {
  const q = new URL(req.url).search;
  return q.length > 1 ? q : '';
}
