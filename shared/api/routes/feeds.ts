import type { Event } from '../../domain/index.ts';
import { type ApiCtx, text } from '../http.ts';
import type { FeedQuery } from '../schemas.ts';
import { collectEvents, eventPageUrl } from './collect.ts';
import { FEED_DESCRIPTION, FEED_TITLE, itemDate, itemText, selfQuery, xmlEscape } from './feed-text.ts';

/** Feeds change at most with each ingestion: five minutes of caching costs readers nothing. */
const CACHE = { 'cache-control': 'public, max-age=300' };

/** The events of a feed request: the `/events` filters applied before the limit. */
async function feedEvents(ctx: ApiCtx<FeedQuery>): Promise<Event[]> {
  const { limit, ...filters } = ctx.query;
  return collectEvents(ctx.deps, filters, limit);
}

/** One RSS item: the title, a link to the event's page, the text with parties and documents. */
function rssItem(e: Event, base: string): string {
  return [
    '<item>',
    `<title>${xmlEscape(e.title)}</title>`,
    `<link>${xmlEscape(eventPageUrl(base, e.id))}</link>`,
    `<guid isPermaLink="false">${e.id}</guid>`,
    `<pubDate>${itemDate(e).toUTCString()}</pubDate>`,
    `<category>${e.kind}</category>`,
    `<description>${xmlEscape(itemText(e))}</description>`,
    '</item>',
  ].join('');
}

/** `GET /events.rss`: RSS 2.0. */
export async function rssFeed(ctx: ApiCtx<FeedQuery>): Promise<Response> {
  const base = ctx.deps.apiBaseUrl;
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
    `<title>${xmlEscape(FEED_TITLE)}</title>`,
    `<link>${xmlEscape(`${base}/`)}</link>`,
    `<atom:link href="${xmlEscape(`${base}/events.rss${selfQuery(ctx.req)}`)}" rel="self" type="application/rss+xml"/>`,
    `<description>${xmlEscape(FEED_DESCRIPTION)}</description>`,
    ...(await feedEvents(ctx)).map((e) => rssItem(e, base)),
    '</channel></rss>',
  ].join('\n');
  return text(200, xml, 'application/rss+xml; charset=utf-8', CACHE);
}

/** One Atom entry; its id is a URN that survives a change of the public URL. */
function atomEntry(e: Event, base: string): string {
  return [
    '<entry>',
    `<id>urn:kz-china-monitor:event:${e.id}</id>`,
    `<title>${xmlEscape(e.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(eventPageUrl(base, e.id))}"/>`,
    `<published>${new Date(e.createdAt).toISOString()}</published>`,
    `<updated>${new Date(e.updatedAt).toISOString()}</updated>`,
    `<category term="${e.kind}"/>`,
    `<summary type="text">${xmlEscape(itemText(e))}</summary>`,
    '</entry>',
  ].join('');
}

/** `GET /events.atom`: Atom 1.0 (RFC 4287). */
export async function atomFeed(ctx: ApiCtx<FeedQuery>): Promise<Response> {
  const base = ctx.deps.apiBaseUrl;
  const events = await feedEvents(ctx);
  // Atom requires a feed date: the newest change among the entries, or now for an empty feed.
  const now = (ctx.deps.now ?? (() => new Date()))().toISOString();
  const updated =
    events.length > 0 ? events.reduce((max, e) => (e.updatedAt > max ? e.updatedAt : max), '') : now;
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '<id>urn:kz-china-monitor:events</id>',
    `<title>${xmlEscape(FEED_TITLE)}</title>`,
    `<subtitle>${xmlEscape(FEED_DESCRIPTION)}</subtitle>`,
    `<updated>${new Date(updated).toISOString()}</updated>`,
    '<author><name>kz-china-monitor</name></author>',
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(`${base}/events.atom${selfQuery(ctx.req)}`)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(`${base}/`)}"/>`,
    ...events.map((e) => atomEntry(e, base)),
    '</feed>',
  ].join('\n');
  return text(200, xml, 'application/atom+xml; charset=utf-8', CACHE);
}

/** `GET /events.json`: JSON Feed 1.1 (jsonfeed.org). */
export async function jsonFeed(ctx: ApiCtx<FeedQuery>): Promise<Response> {
  const base = ctx.deps.apiBaseUrl;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    home_page_url: `${base}/`,
    feed_url: `${base}/events.json${selfQuery(ctx.req)}`,
    items: (await feedEvents(ctx)).map((e) => ({
      id: e.id,
      url: eventPageUrl(base, e.id),
      title: e.title,
      content_text: itemText(e),
      date_published: new Date(e.createdAt).toISOString(),
      date_modified: new Date(e.updatedAt).toISOString(),
      tags: [e.kind, ...e.agreements.map((a) => a.docType)],
      _kz_china_monitor: { eventDate: e.eventDate, location: e.location, api: `${base}/events/${e.id}` },
    })),
  };
  return text(200, JSON.stringify(feed), 'application/feed+json; charset=utf-8', CACHE);
}
