import { tokenListsMatch } from './names.ts';
import type { Prepared } from './prepared.ts';
import type { Report } from './report.ts';

/** Building blocks of the pair features (`pair.ts`): set overlaps without allocation, and people matching. */

/** |A∩B| of two sorted string arrays. */
export function common(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * Jaccard of two sets estimated from their bottom-k sketches (sorted ascending): of the k smallest values of
 * the union, the share present in both. A merge walk, no allocation (it runs for every compared pair).
 */
export function sketchJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const k = Math.min(a.length, b.length);
  let i = 0;
  let j = 0;
  let taken = 0;
  let both = 0;
  while (taken < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  return both / k;
}

/** Kinds of one-to-one happenings: here the same person with another counterpart is another event. */
const BILATERAL = new Set(['meeting', 'phone_call', 'statement']);

/**
 * Flags of `people`, reused by every call (it runs for every compared pair and never calls itself): taken
 * people of b, matched people of a. Grown when a list is longer, cleared per call.
 */
let usedFlags: Uint8Array = new Uint8Array(64);
let matchedFlags: Uint8Array = new Uint8Array(64);

/** A flag array of at least n places, all clear. */
function flags(current: Uint8Array, n: number): Uint8Array {
  if (current.length < n) return new Uint8Array(n * 2);
  current.fill(0, 0, n);
  return current;
}

/**
 * People of both reports matched one to one: how many, whether they include someone of each side (the same
 * Kazakh and Chinese principals), and whether each side keeps someone the other lacks. Greedy in list order
 * on the prepared name tokens; no allocation (the flags are reused).
 */
export function people(a: Report, b: Report, pa: Prepared, pb: Prepared) {
  usedFlags = flags(usedFlags, b.people.length);
  matchedFlags = flags(matchedFlags, a.people.length);
  const usedB = usedFlags;
  const matchedA = matchedFlags;
  let matched = 0;
  let kz = false;
  let cn = false;
  for (let i = 0; i < a.people.length; i++) {
    const ta = pa.peopleTokens[i] as string[];
    for (let j = 0; j < b.people.length; j++) {
      if (usedB[j] || !tokenListsMatch(ta, pb.peopleTokens[j] as string[])) continue;
      usedB[j] = 1;
      matchedA[i] = 1;
      matched++;
      const c = a.people[i]?.country ?? b.people[j]?.country;
      if (c === 'KZ') kz = true;
      else if (c === 'CN') cn = true;
      break;
    }
  }
  let conflict = false;
  let sure = false;
  const bilateral = BILATERAL.has(a.kind) && BILATERAL.has(b.kind);
  // a visit, a forum or a ceremony has many people each report names a few of (the officials at the
  // airport, an envoy quoted): once both sides' principals match, the others differing is no conflict
  if (matched > 0 && (bilateral || !(kz && cn))) {
    // the same person with a different counterpart: each side keeps an unmatched person of one country
    // (an unknown country could be either side); with both countries known, the labelling convention's
    // "different event", whatever else agrees — `sure` only for one-to-one happenings
    for (let i = 0; i < a.people.length; i++) {
      if (matchedA[i]) continue;
      const p = (a.people[i] as Report['people'][number]).country;
      for (let j = 0; j < b.people.length; j++) {
        if (usedB[j]) continue;
        const q = (b.people[j] as Report['people'][number]).country;
        if (!p || !q || q === p) conflict = true;
        if (bilateral && p && q === p) sure = true;
      }
    }
  }
  return { matched, sides: kz && cn, conflict, sure };
}

/** |A \ B| of two sorted string arrays. */
export function without(a: readonly string[], b: readonly string[]): number {
  return a.length - common(a, b);
}
