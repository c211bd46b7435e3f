import type { AnyNode, Element } from 'domhandler';
import {
  BLOCK_TAGS,
  isBoilerplateElement,
  isElement,
  isHidden,
  linkDensity,
  MAX_DEPTH,
  SKIP_TAGS,
  type Stats,
} from './dom.ts';

/** Collapses whitespace (including no-break and zero-width spaces) and trims. */
export function normaliseSpace(text: string): string {
  // Most paragraphs are already normal: one test, instead of a replace that copies the string anyway.
  if (!UNTIDY.test(text)) return text;
  const t = ZERO_WIDTH.test(text) ? text.replace(ZERO_WIDTH_ALL, '') : text;
  // \s covers no-break and BOM spaces.
  return t.replace(SPACES, ' ').trim();
}

const ZERO_WIDTH = /[\u200b-\u200d]/;
const ZERO_WIDTH_ALL = /[\u200b-\u200d]/g;
const SPACES = /\s+/g;
/**
 * What the replacements above would change: a zero-width character, a space other than U+0020, two spaces
 * in a row, or a space at either end (`trim` removes exactly the characters `\s` matches).
 */
const UNTIDY = /[^\S ]|[\u200b-\u200d]| {2}|^ | $/;

/** Containers made mostly of links (related-story lists, tag clouds, menus) are not article text. */
function isLinkList(el: Element, s: Stats | undefined): boolean {
  if (!s || s.text === 0) return false;
  const d = linkDensity(s);
  if (el.name === 'p' || el.name === 'blockquote') return d > 0.8;
  if (el.name === 'a' || el.name === 'span' || el.name === 'strong' || el.name === 'em' || el.name === 'b')
    return false;
  return d > 0.5;
}

/** Drops roots nested inside another root (a selector list may match both a container and its child). */
function outermost(roots: AnyNode[]): AnyNode[] {
  const set = new Set(roots);
  return roots.filter((r) => {
    for (let p = r.parent; p; p = p.parent) if (set.has(p)) return false;
    return true;
  });
}

/**
 * Turns the subtrees under `roots` into paragraphs: each block element and each `<br>` ends one. Skips
 * non-content tags, hidden elements, widget containers (by class/id) and link lists; `stats` must cover the
 * roots (see `measure`).
 */
export function extractParagraphs(roots: AnyNode[], stats: Map<Element, Stats>): string[] {
  const walk = new ParagraphWalk(stats);
  for (const r of outermost(roots)) {
    walk.visit(r, true, 0);
    walk.flush();
  }
  return walk.out;
}

/**
 * The state of one paragraph extraction: text gathers in `buf` until a block boundary flushes it into
 * `out`. A class rather than closures made per call: pages are many, and its methods are made once.
 */
class ParagraphWalk {
  readonly out: string[] = [];
  private buf = '';
  private readonly stats: Map<Element, Stats>;

  constructor(stats: Map<Element, Stats>) {
    this.stats = stats;
  }

  /** Ends the current paragraph (kept when it has any text). */
  flush(): void {
    if (this.buf) {
      const p = normaliseSpace(this.buf);
      if (p) this.out.push(p);
      this.buf = '';
    }
  }

  /** Walks one subtree; `isRoot` spares a selected root the widget and link-list tests. */
  visit(node: AnyNode, isRoot: boolean, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (node.type === 'text') {
      this.buf += (node as unknown as { data: string }).data;
      return;
    }
    if (!isElement(node)) {
      if (node.type === 'root' && 'children' in node)
        for (const c of node.children) this.visit(c, false, depth + 1);
      return;
    }
    const name = node.name;
    if (name === 'br') {
      this.flush();
      return;
    }
    if (SKIP_TAGS.has(name) || isHidden(node)) return;
    if (!isRoot && (isBoilerplateElement(node) || isLinkList(node, this.stats.get(node)))) return;
    const block = BLOCK_TAGS.has(name);
    if (block) this.flush();
    else if (name === 'td' || name === 'th') this.buf += ' ';
    for (const c of node.children) this.visit(c, false, depth + 1);
    if (block) this.flush();
  }
}
