/**
 * A shortcut for the commonest non-page input: a body fragment made only of bare `<p>…</p>` paragraphs
 * (feed items, API bodies and test corpora pass articles this way). For such markup the full path has
 * nothing to find: no head, no metadata, no element a class or id selector could match, and the generic
 * finder scores nothing (the paragraphs' parent is the document root), so it extracts every paragraph's
 * text as it stands. Reading the paragraphs straight from the string gives the same result without
 * building a DOM.
 */
import { normaliseSpace } from './blocks.ts';
import { parseSimpleSelector } from './selectors.ts';

/**
 * Only `<p>` tags without attributes, only text without `<` or `&` inside them (no tags, comments or
 * entities to decode), only ASCII blanks between them: exactly what the parser turns into root-level
 * `<p>` elements each holding one text node. Linear: the text class cannot cross a `<`.
 */
const BARE_PARAGRAPHS = /^[ \t\r\n]*(?:<p>[^<&]*<\/p>[ \t\r\n]*)+$/;
const PARAGRAPH = /<p>([^<]*)<\/p>/g;

/**
 * Whether every selector is a list of compounds that each require a class or an id: those cannot match
 * an attribute-less `<p>`, so the selector loop finds nothing on a bare fragment and the generic finder
 * decides, as on the full path. A tag-only or complex selector (`p`, `div > p`) sends the page the long way.
 */
function selectorsNeedAttributes(selectors: string[]): boolean {
  return selectors.every(
    (s) => parseSimpleSelector(s)?.every((c) => c.id !== null || c.classes.length > 0) ?? false,
  );
}

/**
 * The raw paragraphs of a bare `<p>` fragment (whitespace collapsed, empty ones dropped: what block
 * extraction yields), or null when `html` is anything else or a selector could match a bare `<p>`.
 */
export function bareParagraphs(html: string, selectors: string[]): string[] | null {
  if (!html.includes('<p>') || !BARE_PARAGRAPHS.test(html) || !selectorsNeedAttributes(selectors))
    return null;
  const out: string[] = [];
  for (const m of html.matchAll(PARAGRAPH)) {
    const p = normaliseSpace(m[1] ?? '');
    if (p) out.push(p);
  }
  return out;
}
