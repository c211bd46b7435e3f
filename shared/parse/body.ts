/**
 * Finding an article's body in a parsed page: the configured and built-in selectors first, the
 * density-based main-content finder when they find too little.
 */
import type { AnyNode, Element } from 'domhandler';
import { extractParagraphs } from './blocks.ts';
import { cleanParagraphs } from './boilerplate.ts';
import { findMainContent } from './content.ts';
import { measure, type Stats } from './dom.ts';
import type { DocScan } from './scan.ts';

/** A selector's body counts when it yields at least this many characters; else the generic finder runs. */
const MIN_SELECTOR_CHARS = 200;
/** Below this, a selector's body is taken for a miss (a caption, a teaser) whatever the generic finder says. */
const MIN_BODY_CHARS = 40;

/** The body's cleaned paragraphs and how they were found (the selector, or 'generic'). */
export interface Body {
  paragraphs: string[];
  bodySource: string;
}

/**
 * The body of the page under `root`: the first selector whose cleaned paragraphs reach
 * MIN_SELECTOR_CHARS (else the longest), then the generic finder when that is still short. `scan` holds
 * the matches of simple selectors, `select` runs the others; `title` helps boilerplate removal.
 */
export function findBody(
  root: AnyNode,
  scan: DocScan,
  select: (selector: string) => AnyNode[],
  selectors: string[],
  title: string | null,
): Body {
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
    const found = cleanParagraphs(extractParagraphs(roots, stats), title);
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
    const found = cleanParagraphs(extractParagraphs(main.roots, main.stats), title);
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
  return { paragraphs, bodySource };
}
