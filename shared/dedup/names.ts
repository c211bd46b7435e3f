/**
 * Person-name comparison for clustering and merging. Names arrive in Latin script, English spelling, but
 * outlets differ in transliteration (Kosherbayev/Kosherbaev, Issabayev/Isabayev, Zhomart/Jomart), in how
 * much of the name they give ("Nurtleu" vs "Murat Nurtleu") and in order (Chinese family name first).
 */

/** Words that are not part of a name. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'h', 'e', 'he']);

/**
 * A token's transliteration skeleton: spellings of one Cyrillic/Chinese name that outlets use
 * interchangeably map to one form (ye→e, kh→h, zh/dzh→j, inner y→i, doubled letters single).
 */
export function nameSkeleton(token: string): string {
  return token
    .replace(/yev(a?)$/, 'ev$1')
    .replace(/dzh|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ye/g, 'e')
    .replace(/(?<=.)y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Memo of `nameTokens`: clustering compares the same few names many times. Bounded, cleared when full. */
const tokenMemo = new Map<string, string[]>();
const MEMO_LIMIT = 10_000;

/** The skeleton tokens of a name, in order, without titles. */
export function nameTokens(name: string): string[] {
  const known = tokenMemo.get(name);
  if (known) return known;
  if (tokenMemo.size >= MEMO_LIMIT) tokenMemo.clear();
  const tokens = computeTokens(name);
  tokenMemo.set(name, tokens);
  return tokens;
}

function computeTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((t) => t !== '' && !TITLES.has(t))
    .map(nameSkeleton);
}

/** A normalised key for one person (merging lists): skeleton tokens joined. */
export function personKey(name: string): string {
  return nameTokens(name).join(' ');
}

/** Levenshtein distance, stopping early above 1 (all that is needed here). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  // an initial ("M. Nurtleu")
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return Math.min(a.length, b.length) >= 5 && withinOneEdit(a, b);
}

/**
 * Whether two names can denote the same person: every token of the shorter name matches a distinct token of
 * the longer one, in any order ("Nurtleu" ~ "Murat Nurtleu", "Wang" ~ "Wang Yi", but "Wang Yi" ≁
 * "Wang Wentao"). A name made only of initials matches nothing.
 */
export function namesMatch(a: string, b: string): boolean {
  return tokenListsMatch(nameTokens(a), nameTokens(b));
}

/** `namesMatch` on names already split by `nameTokens` (the clusterer splits each report's names once). */
export function tokenListsMatch(ta: readonly string[], tb: readonly string[]): boolean {
  const swap = ta.length > tb.length;
  const short = swap ? tb : ta;
  const long = swap ? ta : tb;
  if (short.length === 0 || onlyInitials(short)) return false;
  // one name against itself (`nameTokens` gives the same array for the same name): every token takes its
  // own place in the walk below, so it matches; the clusterer meets the same principals in most pairs
  if (ta === tb) return true;
  // the clusterer asks this for every pair of people of every compared pair of reports: the taken tokens
  // of the longer name are bits of a number (a name has a handful), no Set or callback per call
  if (long.length > 30) return matchWithSet(short, long);
  let used = 0;
  for (const t of short) {
    let k = 0;
    while (k < long.length && ((used >>> k) & 1 || !tokensMatch(t, long[k] as string))) k++;
    if (k === long.length) return false;
    used |= 1 << k;
  }
  return true;
}

/** Whether every token is an initial. */
function onlyInitials(tokens: readonly string[]): boolean {
  for (const t of tokens) if (t.length !== 1) return false;
  return true;
}

/** `tokenListsMatch`'s walk with a Set of taken tokens, for a "name" too long for the bits of a number. */
function matchWithSet(short: readonly string[], long: readonly string[]): boolean {
  const used = new Set<number>();
  for (const t of short) {
    const k = long.findIndex((u, i) => !used.has(i) && tokensMatch(t, u));
    if (k < 0) return false;
    used.add(k);
  }
  return true;
}

/** How many people of list `a` match a distinct person of list `b`. */
export function matchedPeople(a: readonly string[], b: readonly string[]): number {
  const used = new Set<number>();
  let n = 0;
  for (const x of a) {
    const k = b.findIndex((y, i) => !used.has(i) && namesMatch(x, y));
    if (k >= 0) {
      used.add(k);
      n++;
    }
  }
  return n;
}

/**
 * Blocking keys of a name, for the clusterer's index: two names that `namesMatch` always share a key, where a
 * key read from one side is looked up as `lookupKey(key)` on the other. A whole token gives itself (`T`), its
 * one-letter deletions when it is long enough to match within one edit (a substitution or an insertion
 * leaves a common deletion), and its initial (`F`, found by initials `I`: "M. Nurtleu" ~ "Murat Nurtleu").
 */
export function nameBlockingKeys(tokens: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.length === 1) {
      out.add(`I${t}`);
      continue;
    }
    out.add(`T${t}`);
    out.add(`F${t[0]}`);
    if (t.length >= 5) for (let i = 0; i < t.length; i++) out.add(`T${t.slice(0, i)}${t.slice(i + 1)}`);
  }
  return [...out];
}

/** The key a blocking key finds on the other side: a whole token's initial meets initials, and back. */
export function lookupKey(key: string): string {
  const kind = key[0];
  return kind === 'F' ? `I${key.slice(1)}` : kind === 'I' ? `F${key.slice(1)}` : key;
}
