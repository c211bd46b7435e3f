import * as cheerio from 'cheerio/slim';
import type { Source } from '../../domain/index.ts';
import { dateFromUrl, parseLooseDate, zoneForUrl } from '../dates.ts';
import type { ListedItem } from '../types.ts';

type HtmlSource = Extract<Source, { kind: 'html' }>;
/** A cheerio selection of elements (typed without importing domhandler, which is not a direct dependency). */
type Sel = ReturnType<ReturnType<cheerio.CheerioAPI['root']>['find']>;

function absolute(href: string | undefined, base: string): string | null {
  if (!href || href.startsWith('#') || /^(javascript|mailto):/i.test(href)) return null;
  try {
    const u = new URL(href.trim(), base);
    u.hash = '';
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const clean = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim() || null;

/**
 * The item block around a link: the nearest ancestor holding a date (or title) match but no other listed
 * link, so title and date are read from the same card as the link.
 */
function cardOf(link: Sel, source: HtmlSource): Sel {
  const probe = source.dateSelector ?? source.titleSelector;
  let node = link;
  for (let depth = 0; depth < 6; depth++) {
    const parent = node.parent();
    if (parent.length === 0 || parent.is('body')) break;
    if (parent.find(source.linkSelector).length > 1) break;
    node = parent;
    if (probe && node.find(probe).length > 0) break;
  }
  return node;
}

/** Reads a date from a `time[datetime]` / `datetime` attribute or the element text. */
function dateText($el: Sel): string | null {
  const attr = $el.attr('datetime') ?? $el.find('time[datetime]').attr('datetime');
  return attr ?? clean($el.text());
}

/**
 * Parses an HTML listing page with the source's selectors: `linkSelector` finds article links; title and
 * date come from `titleSelector` / `dateSelector` inside the link's card, else the link text and the URL.
 */
export function parseListing(html: string, pageUrl: string, source: HtmlSource, now?: Date): ListedItem[] {
  const $ = cheerio.load(html);
  const seen = new Set<string>();
  const items: ListedItem[] = [];
  $(source.linkSelector).each((_, el) => {
    const link = ($(el).is('a') ? $(el) : $(el).find('a').first()) as unknown as Sel;
    const url = absolute(link.attr('href'), pageUrl);
    if (!url || seen.has(url)) return;
    seen.add(url);
    const card = cardOf(link, source);
    const titleEl = source.titleSelector ? card.find(source.titleSelector).first() : null;
    const title = clean(titleEl?.length ? titleEl.text() : link.text()) ?? clean(link.attr('title'));
    const dateEl = source.dateSelector ? card.find(source.dateSelector).first() : null;
    const published =
      (dateEl?.length ? parseLooseDate(dateText(dateEl), now, zoneForUrl(pageUrl)) : null) ??
      dateFromUrl(url);
    items.push({ url, title, published, guid: null, html: null });
  });
  return items;
}

/**
 * Parses a WordPress archive page (`/page/N/`, category archives): one `<article>` per post, the link in
 * the entry title, the date in `time[datetime]`. Used to page back behind an RSS feed.
 */
export function parseArchivePage(html: string, pageUrl: string): ListedItem[] {
  const $ = cheerio.load(html);
  const items: ListedItem[] = [];
  const seen = new Set<string>();
  const cards = $('article').length > 0 ? $('article') : $('.post, .type-post');
  cards.each((_, el) => {
    const card = $(el);
    const link = card.find('.entry-title a, h2 a, h3 a').first();
    const url = absolute(link.attr('href'), pageUrl);
    if (!url || seen.has(url)) return;
    seen.add(url);
    const time = card.find('time[datetime]').first();
    const published =
      parseLooseDate(time.attr('datetime') ?? clean(time.text()), undefined, zoneForUrl(pageUrl)) ??
      dateFromUrl(url);
    items.push({ url, title: clean(link.text()), published, guid: null, html: null });
  });
  return items;
}
