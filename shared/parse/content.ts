import type { AnyNode, Element } from 'domhandler';
import { isBoilerplateElement, isElement, linkDensity, measure, type Stats } from './dom.ts';

/** Tags whose text is prose when they hold no other blocks. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'div', 'section', 'li', 'span', 'font']);

const POSITIVE = /article|body|content|entry|main|story|text|news|post|detail|material|publication|editor/i;
const NEGATIVE =
  /comment|meta|footer|sidebar|related|share|social|widget|nav|menu|banner|promo|subscribe|popular|tags?\b|breadcrumb|header|masthead|advert|sponsor|author|rating/i;

/** A bias from class/id words, like Readability's class weight. */
function classWeight(el: Element): number {
  const a = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (a.length < 2) return 0;
  let w = 0;
  if (NEGATIVE.test(a)) w -= 25;
  if (POSITIVE.test(a)) w += 25;
  return w;
}

/** The result of the generic main-content finder. */
export interface MainContent {
  /** The chosen container and its related siblings, in document order. */
  roots: AnyNode[];
  /** Stats of every element of the document (reused by paragraph extraction). */
  stats: Map<Element, Stats>;
}

/**
 * Finds an unknown page's main content in one pass over the document, like a small Readability: each
 * prose block (≥ 25 characters, few links) scores 1 + commas + length/100 (max 3) for its parent and half
 * for its grandparent; a container's score is weighted by class words and by 1 − link density. The best
 * container wins, with siblings that score at least a fifth of it or are long prose paragraphs.
 */
export function findMainContent(body: AnyNode): MainContent {
  const stats = new Map<Element, Stats>();
  const scores = new Map<Element, number>();
  const add = (el: Element | null, v: number): void => {
    if (el && isElement(el)) scores.set(el, (scores.get(el) ?? 0) + v);
  };
  measure(body, stats, (el, s) => {
    if (!PARAGRAPH_TAGS.has(el.name) || s.hasBlock || s.text < 25) return;
    if (linkDensity(s) > 0.5 || isBoilerplateElement(el)) return;
    const v = 1 + s.commas + Math.min(3, Math.floor(s.text / 100));
    const parent = el.parent as Element | null;
    add(parent, v);
    add(parent?.parent as Element | null, v / 2);
    add(parent?.parent?.parent as Element | null, v / 6);
  });
  let best: Element | null = null;
  let bestScore = 0;
  const finals = new Map<Element, number>();
  for (const [el, raw] of scores) {
    const final = (raw + classWeight(el)) * (1 - linkDensity(stats.get(el)));
    finals.set(el, final);
    if (final > bestScore) {
      bestScore = final;
      best = el;
    }
  }
  if (!best) return { roots: [body], stats };
  const parent = best.parent;
  if (!parent || !('children' in parent)) return { roots: [best], stats };
  const threshold = Math.max(10, bestScore * 0.2);
  const roots: AnyNode[] = [];
  for (const sib of parent.children) {
    if (sib === best) {
      roots.push(sib);
      continue;
    }
    if (!isElement(sib) || isBoilerplateElement(sib)) continue;
    const s = stats.get(sib);
    const score = finals.get(sib) ?? 0;
    const prose = sib.name === 'p' && s !== undefined && s.text > 80 && linkDensity(s) < 0.25;
    if (score >= threshold || prose) roots.push(sib);
  }
  return { roots, stats };
}
