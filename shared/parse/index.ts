import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import * as z from 'zod';
import { extractParagraphs } from './blocks.ts';
import { findBody } from './body.ts';
import { cleanParagraphs } from './boilerplate.ts';
import { limitNesting } from './depth.ts';
import { measure, type Stats } from './dom.ts';
import { bareParagraphs } from './fragment.ts';
import { type PageMeta, readMeta, readPublished, readTitle } from './meta.ts';
import { scanDocument } from './scan.ts';
import { selectorsFor, zoneFor } from './sites.ts';

export { parseLocalisedDate } from './dates.ts';
export { tokenF1, tokenize } from './f1.ts';

/** What article-page extraction returns. */
export const ParsedPage = z.object({
  title: z.string().nullable(),
  /** Body text, paragraphs separated by blank lines, boilerplate stripped. */
  text: z.string(),
  /** `<link rel="canonical">` (else og:url) resolved against the page URL, or null. */
  canonicalUrl: z.string().nullable(),
  /** ISO date-time with offset (Asia/Almaty when the page gives a local time), or null. */
  published: z.string().nullable(),
  author: z.string().nullable(),
  /** `<html lang>` or og:locale, two letters, or null. */
  lang: z.string().nullable(),
  /** article:modified_time / JSON-LD dateModified, ISO with offset, or null. */
  modified: z.string().nullable(),
  /** og:site_name, or null. */
  siteName: z.string().nullable(),
  /** How the body was found: the selector that matched, or 'generic' (density-based finder). */
  bodySource: z.string(),
});
export type ParsedPage = z.infer<typeof ParsedPage>;

/** Options of article-page extraction. */
export interface ParseOptions {
  /** The page's URL: resolves relative links and picks per-site selectors. */
  url?: string;
  /** Per-site body selectors tried before the built-in table and the generic main-content finder. */
  bodySelectors?: string[];
  /** Anchors relative dates («Сегодня», «Вчера»); defaults to the current time. */
  now?: Date;
}

const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;
/**
 * The same parser without entity decoding, for markup without any `&`: there is nothing to decode, so the
 * tree is the same, and the tokenizer skips through text and attribute values to the next `<` or quote
 * instead of stepping character by character looking for `&` (a quarter of the parse time on such pages).
 */
const PLAIN_OPTIONS = { xml: { xmlMode: false, decodeEntities: false } } as const;

/**
 * One cheerio instance for every page. `load` defines a new class per call, tied to long-lived objects; measured,
 * every page's whole DOM then outlived its parse through the young-generation collections and was promoted
 * as garbage until the next full collection (most of the `cluster` command's heap growth: 340 MB peak at
 * 20k pages, 263 MB without). Pages are parsed through this one instance instead (`$(markup)` parses with the
 * same parser and options as `load`; the same result on every recorded page).
 */
const $page = load('', PARSE_OPTIONS);
const $plain = load('', PLAIN_OPTIONS);

/** The document root of a page parsed as `load` parses it, and a selector search in it. */
function parsePage(html: string): { root: AnyNode; select: (selector: string) => AnyNode[] } {
  const plain = !html.includes('&');
  let root: AnyNode | null | undefined;
  try {
    root = (plain ? $plain : $page)(html)[0]?.parent;
  } catch {
    root = null; // not markup, read as a selector that does not parse: `load` below takes it as text
  }
  if (!root) {
    const $ = load(html, plain ? PLAIN_OPTIONS : PARSE_OPTIONS);
    return { root: $.root()[0] as AnyNode, select: (s) => $(s).toArray() };
  }
  return { root, select: (s) => $page(s, root).toArray() };
}

/**
 * Extracts an article's body and metadata from a whole HTML page in one parse: body by the given
 * selectors, then the outlet's built-in ones, then a density-based main-content finder; boilerplate
 * (credits, share/subscribe prompts, "Read also", author bios, trailing items about other stories)
 * removed; paragraphs separated by a blank line.
 */
export function parseArticlePage(html: string, options: ParseOptions = {}): ParsedPage {
  const selectors = bodySelectors(options);
  const bare = bareParagraphs(html, selectors);
  if (bare) return pageOf(NO_META, cleanParagraphs(bare, null), 'generic');
  const { root, select, scan } = openDocument(html, selectors);
  const meta = readMeta(scan, options.url, options.now ?? new Date());
  const { paragraphs, bodySource } = findBody(root, scan, select, selectors, meta.title);
  return pageOf(meta, paragraphs, bodySource);
}

/** What extraction reads from a page (see `parseArticleText`). */
export interface ArticleText {
  title: string | null;
  /** Body text as `parseArticlePage` gives it. */
  text: string;
  /** As `parseArticlePage` gives it; null when not asked for. */
  published: string | null;
}

/**
 * Title, body text and (when `withPublished`) publication time of a page, exactly as `parseArticlePage`
 * gives them, without reading what extraction does not use (canonical URL, author, language, modified
 * time) and without dating a page whose input already carries its date.
 */
export function parseArticleText(
  html: string,
  options: ParseOptions & { withPublished: boolean },
): ArticleText {
  const selectors = bodySelectors(options);
  const bare = bareParagraphs(html, selectors);
  if (bare) return { title: null, text: cleanParagraphs(bare, null).join('\n\n'), published: null };
  const { root, select, scan } = openDocument(html, selectors);
  const { title } = readTitle(scan, options.url);
  const published = options.withPublished
    ? readPublished(scan, zoneFor(options.url), options.now ?? new Date())
    : null;
  const { paragraphs } = findBody(root, scan, select, selectors, title);
  return { title, text: paragraphs.join('\n\n'), published };
}

/** The body selectors to try on a page: the configured ones, then the site's built-in ones, each once. */
function bodySelectors(options: ParseOptions): string[] {
  // A configured selector may repeat a built-in one: matching it twice would double its paragraphs.
  return [...new Set([...(options.bodySelectors ?? []), ...selectorsFor(options.url)])];
}

/** A page parsed (nesting limited) and scanned once for what every reader of it needs. */
function openDocument(html: string, selectors: string[]) {
  const { root, select } = parsePage(limitNesting(html));
  return { root, select, scan: scanDocument(root, selectors) };
}

/** What a page without head, header or any metadata yields (a bare `<p>` fragment, see fragment.ts). */
const NO_META: PageMeta = {
  title: null,
  canonicalUrl: null,
  published: null,
  modified: null,
  author: null,
  lang: null,
  siteName: null,
};

function pageOf(meta: PageMeta, paragraphs: string[], bodySource: string): ParsedPage {
  return {
    title: meta.title,
    text: paragraphs.join('\n\n'),
    canonicalUrl: meta.canonicalUrl,
    published: meta.published,
    author: meta.author,
    lang: meta.lang,
    modified: meta.modified,
    siteName: meta.siteName,
    bodySource,
  };
}

/**
 * Paragraphs of a plain-text block: a line break ends a paragraph after a sentence end or after a short
 * line (a heading, a name, "divider"); other breaks are hard wraps inside a paragraph.
 */
function unwrapLines(block: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    current = current ? `${current} ${line}` : line;
    if (/[.!?…"”»]$/.test(line) || line.length < 40) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/**
 * Plain text of an HTML fragment (feed `content:encoded`, an API `body`): the same paragraph handling and
 * boilerplate stripping as article pages. Text without tags is split on blank lines and sentence-final line
 * breaks (on every line break when it has no blank line), so plain-text bodies can be cleaned the same way.
 */
export function htmlFragmentToText(html: string, title: string | null = null): string {
  let paragraphs: string[];
  if (!/<[a-z!/]/i.test(html)) {
    // Plain text: blank lines separate paragraphs, and so does a line break after a sentence end (hard-wrapped
    // lines stay together); text without any blank line has one paragraph a line.
    const blocks = /\n\s*\n/.test(html) ? html.split(/\n\s*\n/).flatMap(unwrapLines) : html.split('\n');
    paragraphs = blocks.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  } else {
    const $ = load(limitNesting(html), PARSE_OPTIONS, false);
    const roots = $.root().toArray();
    const stats = new Map<Element, Stats>();
    for (const r of roots) measure(r, stats);
    paragraphs = extractParagraphs(roots, stats);
  }
  return cleanParagraphs(paragraphs, title).join('\n\n');
}
