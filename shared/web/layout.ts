/**
 * The shared page layout: a skip link, the site header with navigation, the main content and a footer that says
 * in which time zone dates are shown. No scripts: every page reads, filters and submits without JavaScript.
 */

import { ICON_ASSET, STYLESHEET } from './assets.ts';
import { html, type Part } from './html.ts';

/** The navigation: path and label. */
const NAV: Array<[string, string]> = [
  ['/', 'Timeline'],
  ['/documents', 'Documents'],
  ['/trade', 'Trade & investment'],
  ['/status', 'Source status'],
  ['/subscribe', 'Subscribe'],
];

/** What a page says about itself. */
export interface PageMeta {
  title: string;
  /** The path of the current section, marked in the navigation. */
  section?: string;
  /** A one-line description for search engines and link previews. */
  description?: string;
  lang?: 'en' | 'ru';
  /** Keep the page out of search engines (pages behind personal links). */
  noindex?: boolean;
}

/** A whole HTML document around `content`. */
export function layout(meta: PageMeta, content: Part): string {
  const nav = NAV.map(
    ([href, label]) =>
      html`<li><a href="${href}"${meta.section === href ? html` aria-current="page"` : ''}>${label}</a></li>`,
  );
  return `<!doctype html>${html`<html lang="${meta.lang ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${meta.title} · Kazakhstan–China monitor</title><meta name="description" content="${meta.description ?? 'Kazakhstan–China relations: events, agreements and trade figures from official and regional news.'}"><link rel="stylesheet" href="${STYLESHEET.path}"><link rel="icon" href="${ICON_ASSET.path}" type="image/svg+xml">${meta.noindex ? html`<meta name="robots" content="noindex">` : ''}</head><body><a class="skip" href="#main">Skip to content</a><header class="site" lang="en"><a class="brand" href="/">Kazakhstan–China monitor</a><nav aria-label="Main"><ul>${nav}</ul></nav></header><main id="main">${content}</main><footer class="site" lang="en"><p>Dates are shown in Almaty time (Asia/Almaty). Events are extracted automatically from the reports listed on each event; check the sources. <a href="/docs">API</a> · <a href="/events.rss">RSS</a></p></footer></body></html>`}`;
}

/** Response headers of a page: HTML, a strict CSP (no scripts at all), short caching. */
export const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-content-type-options': 'nosniff',
  'cache-control': 'public, max-age=60',
};
