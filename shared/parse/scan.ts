import type { AnyNode, Element } from 'domhandler';
import { isElement, MAX_DEPTH } from './dom.ts';
import { matchesSimple, parseSimpleSelector } from './selectors.ts';

/** What one pass over the whole document collects for metadata. */
export interface DocScan {
  /** `<meta>` content by lower-cased property / name / itemprop (first occurrence wins). */
  metas: Map<string, string>;
  /** href of the first `<link rel="canonical">`. */
  canonical: string | null;
  /** Bodies of `<script type="application/ld+json">`. */
  ldJson: string[];
  title: Element | null;
  h1: Element | null;
  /** datetime of the first `<time datetime>`. */
  timeDatetime: string | null;
  htmlLang: string | null;
  /** Elements that may print the date (class with "date"/"time", `<time>`, itemprop), in document order. */
  dateCandidates: Element[];
  /** Elements that may print the author (rel/itemprop author, byline classes), in document order. */
  bylines: Element[];
  body: Element | null;
  /** Matches of each simple body selector asked for, in document order. */
  matches: Map<string, Element[]>;
}

const BYLINE_CLASSES = new Set(['author', 'author-name', 'byline', 'article__author', 'jeg_meta_author']);
const MAX_CANDIDATES = 24;

/** Concatenated text of a subtree, without script and style. */
export function textOf(node: AnyNode, depth = 0): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!('children' in node) || node.type === 'script' || node.type === 'style' || depth > MAX_DEPTH)
    return '';
  let s = '';
  for (const c of node.children) s += textOf(c, depth + 1);
  return s;
}

/**
 * Collects head metadata, JSON-LD, headings, date/byline candidates and the matches of simple body
 * selectors (see selectors.ts) in a single traversal, so that metadata and selector lookups cost one pass
 * however many fallbacks are tried.
 */
export function scanDocument(root: AnyNode, selectors: string[] = []): DocScan {
  const simple: Array<[string, NonNullable<ReturnType<typeof parseSimpleSelector>>]> = [];
  for (const s of selectors) {
    const parsed = parseSimpleSelector(s);
    if (parsed) simple.push([s, parsed]);
  }
  const scan: DocScan = {
    metas: new Map(),
    canonical: null,
    ldJson: [],
    title: null,
    h1: null,
    timeDatetime: null,
    htmlLang: null,
    dateCandidates: [],
    bylines: [],
    body: null,
    matches: new Map(simple.map(([s]) => [s, []])),
  };
  const visit = (node: AnyNode, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (!isElement(node)) {
      if (node.type === 'root' && 'children' in node) for (const c of node.children) visit(c, depth + 1);
      return;
    }
    const a = node.attribs;
    switch (node.name) {
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop)?.toLowerCase();
        if (key && a.content !== undefined && !scan.metas.has(key)) scan.metas.set(key, a.content);
        if (a.itemprop === 'datePublished' && a.content === undefined) scan.dateCandidates.push(node);
        return;
      }
      case 'link':
        if (scan.canonical === null && /(^|\s)canonical(\s|$)/i.test(a.rel ?? ''))
          scan.canonical = a.href ?? null;
        return;
      case 'script':
        if ((a.type ?? '').toLowerCase() === 'application/ld+json') {
          scan.ldJson.push(
            node.children
              .map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : ''))
              .join(''),
          );
        }
        return;
      case 'style':
        return;
      case 'html':
        scan.htmlLang ??= a.lang ?? null;
        break;
      case 'body':
        scan.body ??= node;
        break;
      case 'title':
        scan.title ??= node;
        return;
      case 'h1':
        scan.h1 ??= node;
        break;
      case 'time':
        if (scan.timeDatetime === null && a.datetime) scan.timeDatetime = a.datetime;
        break;
    }
    const cls = a.class ?? '';
    if (scan.dateCandidates.length < MAX_CANDIDATES) {
      // Most elements have no class: no lower-cased copy to search then.
      const lower = cls === '' ? '' : cls.toLowerCase();
      if (
        node.name === 'time' ||
        a.itemprop === 'datePublished' ||
        lower.includes('date') ||
        lower.includes('time')
      )
        scan.dateCandidates.push(node);
    }
    if (scan.bylines.length < MAX_CANDIDATES) {
      const maybe = cls.includes('auth') || cls.includes('autor') || cls.includes('byline');
      const byline =
        a.rel === 'author' ||
        a.itemprop === 'author' ||
        (maybe && (cls.includes('autor') || cls.split(/\s+/).some((c) => BYLINE_CLASSES.has(c))));
      if (byline) scan.bylines.push(node);
    }
    for (const [s, list] of simple) if (matchesSimple(node, list)) scan.matches.get(s)?.push(node);
    // Only elements hold anything to collect (a text child would return at once).
    for (const c of node.children) if (isElement(c)) visit(c, depth + 1);
  };
  visit(root, 0);
  return scan;
}
