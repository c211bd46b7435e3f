import type { Event } from '../../domain/index.ts';
import { type ApiCtx, text } from '../http.ts';
import type { FeedQuery } from '../schemas.ts';

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

/** One RSS item for an event: title, link to the API resource, description with parties and documents. */
function item(e: Event, base: string): string {
  const parties = e.participants.map((p) => p.name).join(', ');
  const docs = e.agreements.map((a) => `${a.status} ${a.docType}: ${a.title}`).join('; ');
  const desc = [e.summary, parties && `Participants: ${parties}`, docs && `Documents: ${docs}`]
    .filter(Boolean)
    .join('\n');
  const date = new Date(`${e.eventDate ?? e.createdAt.slice(0, 10)}T00:00:00Z`).toUTCString();
  return [
    '<item>',
    `<title>${xmlEscape(e.title)}</title>`,
    `<link>${xmlEscape(`${base}/events/${e.id}`)}</link>`,
    `<guid isPermaLink="false">${e.id}</guid>`,
    `<pubDate>${date}</pubDate>`,
    `<category>${e.kind}</category>`,
    `<description>${xmlEscape(desc)}</description>`,
    '</item>',
  ].join('');
}

/** `GET /events.rss`: the 50 most recent events as RSS 2.0, for feed readers. */
export async function eventsFeed({ deps, query: q }: ApiCtx<FeedQuery>): Promise<Response> {
  const page = await deps.store.listRecentEvents({ limit: 50 });
  const events = page.items.filter(
    (e) =>
      (!q.kind || e.kind === q.kind) &&
      (q.hasAgreement === undefined || q.hasAgreement === e.agreements.length > 0),
  );
  const base = deps.apiBaseUrl;
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    '<title>Kazakhstan–China events (kz-china-monitor)</title>',
    `<link>${xmlEscape(`${base}/events`)}</link>`,
    `<atom:link href="${xmlEscape(`${base}/events.rss`)}" rel="self" type="application/rss+xml"/>`,
    '<description>Meetings, visits and agreements between Kazakhstan and China, extracted from the news.</description>',
    ...events.map((e) => item(e, base)),
    '</channel></rss>',
  ].join('\n');
  return text(200, xml, 'application/rss+xml; charset=utf-8', { 'cache-control': 'public, max-age=300' });
}
