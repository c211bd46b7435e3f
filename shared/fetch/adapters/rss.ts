import Parser from 'rss-parser';
import * as z from 'zod';
import { ParseError } from '../../errors.ts';
import { parseLooseDate, zoneForUrl } from '../dates.ts';
import type { ListedItem } from '../types.ts';

/** What is read of a parsed feed item; everything optional, since feeds omit fields freely. */
const FeedItem = z.object({
  title: z.string().optional(),
  link: z.string().optional(),
  guid: z.union([z.string(), z.number()]).optional(),
  id: z.string().optional(),
  pubDate: z.string().optional(),
  isoDate: z.string().optional(),
  'content:encoded': z.string().optional(),
});

const parser = new Parser();

/** True when the text looks like an RSS or Atom document rather than an HTML page. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 1024).trimStart();
  return /^<\?xml/i.test(head) || /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

function absolute(href: string, base: string): string | null {
  if (!href.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Parses an RSS 2.0 / Atom feed into listed items. Feeds that declare a DOCTYPE with an internal subset or
 * any ENTITY are refused before parsing ("billion laughs"); malformed XML is a ParseError.
 */
export async function parseFeed(xml: string, feedUrl: string): Promise<ListedItem[]> {
  if (/<!DOCTYPE[^>]*\[/i.test(xml) || /<!ENTITY/i.test(xml))
    throw new ParseError(`feed ${feedUrl} declares XML entities: refused`);
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (err) {
    const first = err instanceof Error ? (err.message.split('\n')[0] ?? '') : '';
    throw new ParseError(`malformed feed from ${feedUrl}: ${first}`, { cause: err });
  }
  const items: ListedItem[] = [];
  for (const raw of feed.items ?? []) {
    const parsed = FeedItem.safeParse(raw);
    if (!parsed.success) continue;
    const it = parsed.data;
    const guid = it.guid !== undefined ? String(it.guid).trim() : (it.id?.trim() ?? null);
    // A permalink GUID stands in for a missing <link>.
    const url = absolute(it.link ?? '', feedUrl) ?? (guid && /^https?:/.test(guid) ? guid : null);
    if (!url) continue;
    items.push({
      url,
      title: it.title?.trim() || null,
      published: parseLooseDate(it.pubDate ?? it.isoDate ?? null, undefined, zoneForUrl(feedUrl)),
      guid: guid || null,
      html: it['content:encoded']?.trim() || null,
    });
  }
  return items;
}
