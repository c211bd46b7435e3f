import type { Element } from 'domhandler';

/** One compound selector without combinators: `tag`, `.a.b`, `#id`, `div.a`. */
interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
}

const COMPOUND = /^([a-z][a-z0-9]*)?((?:[.#][\w-]+)*)$/i;

/**
 * Parses a selector list made only of compound selectors (`.article__description, .article__body-text`,
 * `#News_Body_Txt_A`), or returns null when it needs a real selector engine (combinators, attributes,
 * pseudo-classes). Simple lists are matched during the metadata pass instead of another traversal.
 */
export function parseSimpleSelector(selector: string): Compound[] | null {
  const parts = selector.split(',').map((s) => s.trim());
  const out: Compound[] = [];
  for (const part of parts) {
    const m = COMPOUND.exec(part);
    if (!part || !m || (!m[1] && !m[2])) return null;
    const compound: Compound = { tag: m[1]?.toLowerCase() ?? null, id: null, classes: [] };
    for (const token of (m[2] ?? '').match(/[.#][\w-]+/g) ?? []) {
      if (token[0] === '#') compound.id = token.slice(1);
      else compound.classes.push(token.slice(1));
    }
    out.push(compound);
  }
  return out;
}

/** Whether an element matches any compound of a parsed selector list. */
export function matchesSimple(el: Element, list: Compound[]): boolean {
  const cls = el.attribs.class;
  for (const c of list) {
    if (c.tag !== null && el.name !== c.tag) continue;
    if (c.id !== null && el.attribs.id !== c.id) continue;
    if (c.classes.length > 0) {
      // Substring test first: most elements lack the class, and splitting every class attribute is costly.
      if (!cls || !c.classes.every((k) => cls.includes(k))) continue;
      const tokens = cls.split(/\s+/);
      if (!c.classes.every((k) => tokens.includes(k))) continue;
    }
    return true;
  }
  return false;
}
