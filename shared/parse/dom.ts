import type { AnyNode, Element } from 'domhandler';

/** Elements whose content is never article text. */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'button',
  'select',
  'textarea',
  'input',
  'nav',
  'aside',
  'form',
  'head',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'figure',
  'figcaption',
  'map',
  'dialog',
  'menu',
  'header',
  'footer',
  'time',
]);

/** Elements that start a new paragraph. */
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'address',
  'hr',
  'center',
  'details',
  'summary',
  'caption',
]);

/**
 * Class/id words of widgets around (or inside) an article: sharing, related links, tags, comments, author
 * boxes, subscription prompts, ads, captions and credits. Matched as whole `-`/`_`-separated words.
 */
const BOILERPLATE_ATTR =
  /(^|[-_\s])(share|sharing|shares|social|socials|related|read-?also|readmore|read-?more|recommend\w*|tags?|tag-?list|keywords|comments?|comment-?list|author-?(box|bio|info|card|block|about)|about-?author|bio|subscribe|subscription|newsletter|advert\w*|ads?|adv|banner|promo|sidebar|breadcrumbs?|menu|nav|navbar|navigation|footer|meta|entry-meta|post-meta|widget|popular|most-?read|sponsored|print|rating|pagination|post-?nav\w*|caption|credit|credits|photo-?credit|wp-caption|telegram|follow|donate|cookie|modal|popup|sr-only|screen-reader-text|divider|pictext|m-a-box|saboxplugin-wrap|molongui-author-box|jeg_authorbox)([-_\s]|$)/i;

/**
 * Walkers stop descending below this depth: real pages nest a few dozen levels, while broken markup
 * (thousands of unclosed `<font>` tags) must not exhaust the call stack.
 */
export const MAX_DEPTH = 2000;

/** Whether a node is an element (tag, script or style). */
export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** Whether an element is hidden from readers (hidden attribute, aria-hidden, inline display:none). */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whether an element's class or id marks it as a widget rather than article text. */
export function isBoilerplateElement(el: Element): boolean {
  const a = el.attribs;
  let cls = a.class ?? '';
  const id = a.id ?? '';
  if (!cls && !id) return false;
  // WordPress labels the article itself with its terms ("tag-china category-news"): not widgets.
  if (cls.includes('tag-') || cls.includes('category-')) cls = cls.replace(WP_TERM_CLASSES, ' ');
  return BOILERPLATE_ATTR.test(cls) || BOILERPLATE_ATTR.test(id);
}

const WP_TERM_CLASSES = /(^|\s)(tag|category|format|type|status)-\S+/g;

/** Text and link sizes of one subtree. */
export interface Stats {
  /** Characters of text (whitespace runs count once). */
  text: number;
  /** Characters of text inside links. */
  link: number;
  /** Commas: a cue for prose. */
  commas: number;
  /** Whether a block element is among the descendants. */
  hasBlock: boolean;
}

/**
 * Stats of a text node in one pass: its length with whitespace runs counted once, and its commas (Latin,
 * Arabic, full-width and ideographic).
 */
function textStats(data: string): Stats {
  let n = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
      if (c === 44 || c === 0x060c || c === 0xff0c || c === 0x3001) commas++;
    }
  }
  return { text: n, link: 0, commas, hasBlock: false };
}

/**
 * Measures a subtree in one pass, recording each element's stats in `out`, and calls `onElement` for each
 * element after its children (bottom-up). Skipped tags and widget containers below the root count as
 * empty.
 */
export function measure(
  node: AnyNode,
  out: Map<Element, Stats>,
  onElement?: (el: Element, s: Stats) => void,
  depth = 0,
): Stats {
  if (node.type === 'text') {
    return textStats((node as unknown as { data: string }).data);
  }
  const s: Stats = { text: 0, link: 0, commas: 0, hasBlock: false };
  if (!('children' in node)) return s;
  if (depth > MAX_DEPTH) return s;
  // Widgets (comments, related lists, author boxes) weigh nothing, so long comment threads cannot win.
  if (isElement(node) && (SKIP_TAGS.has(node.name) || (depth > 0 && isBoilerplateElement(node)))) {
    out.set(node, s);
    return s;
  }
  for (const child of node.children) {
    const c = measure(child, out, onElement, depth + 1);
    s.text += c.text;
    s.link += c.link;
    s.commas += c.commas;
    if (c.hasBlock || (isElement(child) && BLOCK_TAGS.has(child.name))) s.hasBlock = true;
  }
  if (isElement(node)) {
    if (node.name === 'a') s.link = s.text;
    out.set(node, s);
    onElement?.(node, s);
  }
  return s;
}

/** Share of an element's text inside links (0 when it has no text). */
export function linkDensity(s: Stats | undefined): number {
  return s && s.text > 0 ? s.link / s.text : 0;
}
