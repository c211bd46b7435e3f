import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import * as z from 'zod';
import { extractParagraphs } from './blocks.ts';
import { cleanParagraphs } from './boilerplate.ts';
import { findMainContent } from './content.ts';
import { limitNesting } from './depth.ts';
import { measure, type Stats } from './dom.ts';
import { bareParagraphs } from './fragment.ts';
import { type PageMeta, readMeta } from './meta.ts';
import { scanDocument } from './scan.ts';
import { selectorsFor } from './sites.ts';

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

/** A selector's body counts when it yields at least this many characters; else the generic finder runs. */
const MIN_SELECTOR_CHARS = 200;
/** Below this, a selector's body is taken for a miss (a caption, a teaser) whatever the generic finder says. */
const MIN_BODY_CHARS = 40;

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
  // A configured selector may repeat a built-in one: matching it twice would double its paragraphs.
  const selectors = [...new Set([...(options.bodySelectors ?? []), ...selectorsFor(options.url)])];
  const bare = bareParagraphs(html, selectors);
  if (bare) return pageOf(NO_META, cleanParagraphs(bare, null), 'generic');
  const { root, select } = parsePage(limitNesting(html));
  const scan = scanDocument(root, selectors);
  const meta = readMeta(scan, options.url, options.now ?? new Date());
  let paragraphs: string[] = [];
  let bodySource = 'generic';
  for (const selector of selectors) {
    let roots: AnyNode[] | undefined = scan.matches.get(selector);
    try {
      roots ??= select(selector);
    } catch {
      continue; // An invalid selector from configuration must not sink the page: try the next one.
    }
    if (roots.length === 0) continue;
    const stats = new Map<Element, Stats>();
    for (const r of roots) measure(r, stats);
    const found = cleanParagraphs(extractParagraphs(roots, stats), meta.title);
    if (found.join(' ').length >= MIN_SELECTOR_CHARS) {
      paragraphs = found;
      bodySource = selector;
      break;
    }
    if (found.join(' ').length > paragraphs.join(' ').length) {
      paragraphs = found;
      bodySource = selector;
    }
  }
  if (bodySource === 'generic' || paragraphs.join(' ').length < MIN_SELECTOR_CHARS) {
    const body: AnyNode = scan.body ?? root;
    const main = findMainContent(body);
    const found = cleanParagraphs(extractParagraphs(main.roots, main.stats), meta.title);
    const short = paragraphs.join(' ');
    // A short selector body is kept (a two-line Akorda item is still the item) unless it is next to empty
    // or the generic finder found the same text and more around it.
    const generic = found.join(' ');
    if (
      generic.length > short.length &&
      (short.length < MIN_BODY_CHARS || generic.includes(paragraphs[0] ?? ''))
    ) {
      paragraphs = found;
      bodySource = 'generic';
    }
  }
  return pageOf(meta, paragraphs, bodySource);
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
