import type { Element } from 'domhandler';
import { normaliseSpace } from './blocks.ts';
import { parseLocalisedDate } from './dates.ts';
import { type DocScan, textOf } from './scan.ts';
import { hostOf, zoneFor } from './sites.ts';

/** Metadata read from a page's head, JSON-LD and header. */
export interface PageMeta {
  title: string | null;
  canonicalUrl: string | null;
  published: string | null;
  modified: string | null;
  author: string | null;
  lang: string | null;
  siteName: string | null;
}

/** Resolves an href against the page URL; null for empty or unparseable ones. */
function resolveUrl(href: string | undefined, base: string | undefined): string | null {
  const h = href?.trim();
  if (!h) return null;
  try {
    return new URL(h, base).href;
  } catch {
    return null;
  }
}

/** Meta keys (property / name / itemprop, lower-cased) that carry the publication time, best first. */
const PUBLISHED_KEYS = [
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'dc.date.issued',
  'date',
];

/** Every JSON-LD object of the page, flattening arrays and `@graph`. */
function jsonLd(scripts: string[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const text of scripts) {
    try {
      collectLd(JSON.parse(text), out);
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines): ignore it and use the other sources.
    }
  }
  return out;
}

/** Appends the objects of a JSON-LD value to `out`, flattening arrays and `@graph`. */
function collectLd(v: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(v)) for (const x of v) collectLd(x, out);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) collectLd(o['@graph'], out);
  }
}

/** A person's name from a JSON-LD author (string, object or array). */
function ldName(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(ldName).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object') {
    const n = (v as Record<string, unknown>).name;
    return typeof n === 'string' ? n : null;
  }
  return null;
}

/** Strips "By", «Автор:» and trailing dates from a byline; null when it is a URL or not a name. */
function cleanAuthor(raw: string | null | undefined | false): string | null {
  if (!raw) return null;
  const a = normaliseSpace(raw)
    .replace(/^(by|author|автор|авторы|текст|авторы?:)\s*:?\s*/i, '')
    .trim();
  if (!a || a.length > 80 || /:\/\/|^www\.|@/.test(a)) return null;
  return a;
}

/** Letters and digits of `s`, lower-cased: how a title suffix and a site name are compared. */
function key(s: string): string {
  return s.toLowerCase().replace(NOT_ALNUM, '');
}
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;
const TITLE_SUFFIX = /(\s*)[|–—-](\s*)([^|–—-]+)$/;

/** Drops a " - Outlet" / " | Outlet" / "-Outlet" suffix naming the site (`siteNames`, or the host). */
function cleanTitle(
  raw: string | null | undefined | false,
  siteNames: string[],
  url: string | undefined,
): string | null {
  if (!raw) return null;
  let t = normaliseSpace(raw);
  const host = key((hostOf(url) ?? '').split('.')[0] ?? '');
  const sites = siteNames.map(key).filter((s) => s.length > 2);
  const sep = TITLE_SUFFIX.exec(t);
  if (sep?.[3] && sep.index > 0) {
    const suffix = key(sep[3]);
    const spaced = sep[1] !== '' && sep[2] !== '';
    const namesSite =
      suffix.length > 2 &&
      (sites.some((s) => suffix.includes(s) || s.includes(suffix)) ||
        (host.length > 3 && suffix.includes(host)));
    const pipeLabel = spaced && sep[0].includes('|') && sep[3].split(' ').length <= 4;
    if (namesSite || pipeLabel) t = t.slice(0, sep.index).trim();
  }
  return t || null;
}

/** Candidates within a few levels of the headline's block first, the others after, each in document order. */
function nearHeadlineFirst(candidates: Element[], h1: Element | null): Element[] {
  if (!h1 || candidates.length < 2) return candidates;
  const block = new Set<unknown>();
  for (let p = h1.parent, i = 0; p && i < 2; p = p.parent, i++) block.add(p);
  const isNear = candidates.map((el) => near(el, block));
  return [...candidates.filter((_, i) => isNear[i]), ...candidates.filter((_, i) => !isNear[i])];
}

/** Whether one of an element's three nearest ancestors is in `block`. */
function near(el: Element, block: Set<unknown>): boolean {
  for (let p = el.parent, i = 0; p && i < 3; p = p.parent, i++) if (block.has(p)) return true;
  return false;
}

/** A meta value by key, trimmed; null when missing or blank. */
function metaOf(scan: DocScan, key: string): string | null {
  const v = scan.metas.get(key)?.trim();
  return v ? v : null;
}

/** The first JSON-LD object's value of `key`. */
function ldField(ld: Record<string, unknown>[], key: string): unknown {
  return ld.find((o) => o[key] !== undefined)?.[key];
}

/** A JSON-LD or meta value read as a date, when it is a string. */
function dateOf(v: unknown, now: Date, zone: string): string | null {
  return typeof v === 'string' ? parseLocalisedDate(v, now, zone) : null;
}

/** The page title (og:title, h1, <title>, minus the outlet suffix) and og:site_name. */
export function readTitle(
  scan: DocScan,
  url: string | undefined,
): { title: string | null; siteName: string | null } {
  const siteName = metaOf(scan, 'og:site_name');
  const siteNames = [
    siteName,
    metaOf(scan, 'source'),
    metaOf(scan, 'application-name'),
    metaOf(scan, 'sitename'),
  ].filter((s): s is string => s !== null);
  const title =
    cleanTitle(metaOf(scan, 'og:title'), siteNames, url) ??
    cleanTitle(scan.h1 && textOf(scan.h1), siteNames, url) ??
    cleanTitle(scan.title && textOf(scan.title), siteNames, url);
  return { title, siteName };
}

/**
 * The publication time: article:published_time and similar meta, JSON-LD `datePublished` (including
 * `@graph`), `<time datetime>`, then visible dates; zone-less times read in `zone` (see `zoneFor`). `ld` is the
 * page's JSON-LD (see `jsonLd`).
 */
export function readPublished(
  scan: DocScan,
  zone: string,
  now: Date,
  ld: Record<string, unknown>[] = jsonLd(scan.ldJson),
): string | null {
  let publishedMeta: string | null = null;
  for (const k of PUBLISHED_KEYS) {
    publishedMeta = metaOf(scan, k);
    if (publishedMeta !== null) break;
  }
  let published =
    dateOf(publishedMeta, now, zone) ??
    dateOf(ldField(ld, 'datePublished'), now, zone) ??
    dateOf(scan.timeDatetime, now, zone);
  // Visible dates: the first date-like element whose text parses ("13:51, 15 августа 2025", «Вчера, 10:00»),
  // those in the headline's block first (a sidebar listed earlier in the markup has dates too).
  for (const el of published ? [] : nearHeadlineFirst(scan.dateCandidates, scan.h1)) {
    const text = textOf(el);
    published = text.length < 80 ? parseLocalisedDate(text, now, zone) : null;
    if (published) break;
  }
  return published;
}

/**
 * From one document scan, reads title and published time (see `readTitle`, `readPublished`), canonical
 * URL (`<link rel=canonical>`, else og:url, resolved against `url`), modified time, author and language.
 */
export function readMeta(scan: DocScan, url: string | undefined, now: Date): PageMeta {
  // Plain functions rather than closures: readMeta runs once per page, and each closure made per call costs.
  const ld = jsonLd(scan.ldJson);
  const { title, siteName } = readTitle(scan, url);
  const canonicalUrl =
    resolveUrl(scan.canonical ?? undefined, url) ?? resolveUrl(metaOf(scan, 'og:url') ?? undefined, url);
  const zone = zoneFor(url);
  const published = readPublished(scan, zone, now, ld);
  const modified =
    dateOf(metaOf(scan, 'article:modified_time'), now, zone) ??
    dateOf(ldField(ld, 'dateModified'), now, zone);
  const byline = nearHeadlineFirst(scan.bylines, scan.h1)[0];
  const author =
    cleanAuthor(metaOf(scan, 'author')) ??
    cleanAuthor(metaOf(scan, 'article:author')) ??
    cleanAuthor(ldName(ldField(ld, 'author'))) ??
    cleanAuthor(byline && textOf(byline));
  const langRaw = scan.htmlLang ?? metaOf(scan, 'og:locale') ?? '';
  const lang = /^[a-z]{2}/i.test(langRaw) ? langRaw.slice(0, 2).toLowerCase() : null;
  return { title, canonicalUrl, published, modified, author, lang, siteName };
}
