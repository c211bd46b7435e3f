/**
 * Guard against pathologically nested markup. The HTML parser's tag-stack handling costs O(depth) per tag, so
 * a hostile page of a million nested `<div>`s takes minutes; no real article nests more than a few dozen
 * levels. Past `maxDepth`, tags are dropped (their text stays), in one linear pass.
 */

/** Elements that never have a closing tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is raw text: tags inside them are not tags. */
const RAW = new Set(['script', 'style', 'textarea', 'title']);
/** Below this size a page cannot be nested deeply enough to matter. */
const MIN_LENGTH = 64 * 1024;
/** Comments, doctype/CDATA, and start or end tags. */
const TAG = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

/** The markup with every tag nested deeper than `maxDepth` removed; unchanged when nothing is that deep. */
export function limitNesting(html: string, maxDepth = 400): string {
  if (html.length < MIN_LENGTH) return html;
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  let dropped = false;
  let raw: string | null = null;
  for (const m of html.matchAll(TAG)) {
    const [all, closing, rawName, selfClosing] = m;
    if (!rawName) continue; // comment or doctype
    const name = rawName.toLowerCase();
    if (raw !== null) {
      if (closing && name === raw) raw = null;
      continue;
    }
    if (VOID.has(name) || selfClosing) continue;
    if (!closing && RAW.has(name)) raw = name;
    const level = closing ? depth : depth + 1;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (level <= maxDepth) continue;
    // Too deep: cut this tag out, keep everything around it (its text included).
    parts.push(html.slice(last, m.index));
    last = m.index + all.length;
    dropped = true;
  }
  if (!dropped) return html;
  parts.push(html.slice(last));
  return parts.join('');
}
