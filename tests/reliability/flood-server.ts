import { createHash } from 'node:crypto';
import type http from 'node:http';
import type { Mailer } from '../../shared/alerts/mailer.ts';
import type { Source } from '../../shared/domain/index.ts';
import { type FixtureServer, listen } from '../../shared/fetch/fixture-server.ts';

/**
 * A loopback server for the bounded-run and source-health tests: per logical host, a feed and article pages
 * generated in memory, with ETag / 304 on the feed, and a hit count per path (what was downloaded).
 */

/** What one logical host serves. */
export interface Site {
  /** The feed body (or any body at /feed/), and its content type. */
  feed: string;
  feedType?: string;
  /** Article pages by path (`/article/…`); missing ones are 404. */
  pages: (path: string) => string | null;
  /** Milliseconds to wait before answering anything (a slow host). */
  delayMs?: number;
}

export interface FloodServer extends FixtureServer {
  sites: Map<string, Site>;
  /** Requests per `host/path`, 304s included. */
  hits: Map<string, number>;
  /** Page requests (`/article/…`) answered 200 for one host. */
  pageHits(host: string): number;
}

function handler(sites: Map<string, Site>, hits: Map<string, number>) {
  return async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const m = /^\/([^/]+)(\/[^?]*)/.exec(req.url ?? '');
    const site = m?.[1] ? sites.get(m[1]) : undefined;
    if (!m || !site) return void res.writeHead(404).end();
    const key = `${m[1]}${m[2]}`;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    if (site.delayMs) await new Promise((r) => setTimeout(r, site.delayMs));
    if (m[2] === '/feed/') {
      const etag = `"${createHash('sha1').update(site.feed).digest('hex').slice(0, 12)}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': site.feedType ?? 'application/rss+xml', etag }).end(site.feed);
      return;
    }
    const page = site.pages(m[2] ?? '');
    if (page === null) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  };
}

/** Starts the server on 127.0.0.1 with no sites; add them to `sites`. */
export async function startFloodServer(): Promise<FloodServer> {
  const sites = new Map<string, Site>();
  const hits = new Map<string, number>();
  const server = await listen(handler(sites, hits));
  const pageHits = (host: string) =>
    [...hits.entries()].filter(([k]) => k.startsWith(`${host}/article/`)).reduce((n, [, v]) => n + v, 0);
  return { ...server, sites, hits, pageHits };
}

/** An RSS document of the given items (`link`, `guid`, `date`, optional full `html`). */
export function rssOf(
  items: Array<{ link: string; guid?: string; date?: string; title?: string; html?: string }>,
): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${i.title ?? 'Item'}</title><link>${i.link}</link>${i.guid ? `<guid>${i.guid}</guid>` : ''}` +
        `<pubDate>${i.date ?? 'Mon, 01 Jun 2026 08:00:00 +0000'}</pubDate>` +
        `${i.html ? `<content:encoded><![CDATA[${i.html}]]></content:encoded>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://x.test/</link><description>d</description>${body}</channel></rss>`;
}

/** An RSS source on a logical host (its feed at `https://HOST/feed/`). */
export function sourceOn(host: string, id: string): Source {
  return {
    id,
    kind: 'rss',
    outlet: id,
    lang: 'en',
    url: `https://${host}/feed/`,
    enabled: true,
    headers: {},
    bodySelectors: ['article'],
    maxPageBack: 0,
  };
}

const SUBJECTS = [
  'The trade council',
  'A rail operator',
  'The energy ministry',
  'A logistics firm',
  'The customs agency',
];
const VERBS = ['reported', 'announced', 'reviewed', 'outlined', 'confirmed'];
const OBJECTS = [
  'new freight volumes',
  'a pipeline schedule',
  'grain export quotas',
  'a border crossing upgrade',
  'tariff changes',
];

/** A few hundred words of plain news prose, different for every `seed` (written for these tests). */
export function prose(seed: number, sentences = 40): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const k = seed * 7919 + i * 104_729;
    out.push(
      `${SUBJECTS[k % 5]} ${VERBS[(k >> 3) % 5]} ${OBJECTS[(k >> 5) % 5]} on day ${(k % 97) + 1} of quarter ${(seed % 4) + 1}, citing figure ${k % 10_007} in report ${seed}-${i}.`,
    );
  }
  return out.join(' ');
}

/** An article page around a text. */
export function page(title: string, text: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;
}

/** A mailer that keeps what it was asked to send. */
export function recordingMailer(): Mailer & { sent: Array<{ to: string; subject: string }> } {
  const sent: Array<{ to: string; subject: string }> = [];
  return {
    sent,
    send: async (m) => {
      sent.push({ to: m.to, subject: m.subject });
      return { messageId: String(sent.length) };
    },
  };
}
