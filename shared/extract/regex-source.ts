/**
 * Small readers of a regex SOURCE (the lexicon's `/…/` entries), shared by the finders that work out where a
 * pattern may start (relevance-keys.ts, word-keys.ts, word-starts.ts): they skip escapes and character classes
 * the same way, so the three agree on what a source begins with.
 */
import { isWordCode } from './lexicon/build.ts';

/** Length of the run of word characters (letters of the covered scripts, digits) at the start of a string. */
export function leadLength(s: string): number {
  let n = 0;
  while (n < s.length && isWordCode(s.charCodeAt(n))) n++;
  return n;
}

/**
 * Walks the group parentheses and bars of a source, skipping escapes and character classes: `visit` gets each
 * `(`, `)` and `|` with its index and the depth after it, and stops the walk by returning true. The three readers
 * below are this one walk, so they cannot disagree on what is inside a group.
 */
function walkGroups(
  src: string,
  visit: (c: string, i: number, depth: number) => boolean,
): { stopped: boolean; depth: number; inClass: boolean } {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' || c === ')' || c === '|') {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      if (visit(c, i, depth)) return { stopped: true, depth, inClass };
    }
  }
  return { stopped: false, depth, inClass };
}

/** Index of the parenthesis closing the group that opens a source, or -1 when it is never closed. */
export function closingParen(src: string): number {
  let at = -1;
  walkGroups(src, (c, i, depth) => {
    if (c !== ')' || depth !== 0) return false;
    at = i;
    return true;
  });
  return at;
}

/** Whether a regex source has an alternative of its own at the top level (it may then start anywhere). */
export function topLevelBar(source: string): boolean {
  return walkGroups(source, (c, _i, depth) => c === '|' && depth === 0).stopped;
}

/** Top-level alternatives of a pattern source (split at `|` outside groups and classes), or null if unbalanced. */
export function alternatives(src: string): string[] | null {
  const out: string[] = [];
  let from = 0;
  const walk = walkGroups(src, (c, i, depth) => {
    if (depth < 0) return true;
    if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  if (walk.stopped || walk.depth !== 0 || walk.inClass) return null;
  out.push(src.slice(from));
  return out;
}
