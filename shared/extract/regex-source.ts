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

/** Index of the parenthesis closing the group that opens a source, or -1 when it is never closed. */
export function closingParen(src: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Whether a regex source has an alternative of its own at the top level (it may then start anywhere). */
export function topLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Top-level alternatives of a pattern source (split at `|` outside groups and classes), or null if unbalanced. */
export function alternatives(src: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0 || inClass) return null;
  out.push(src.slice(from));
  return out;
}
