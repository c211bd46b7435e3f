/**
 * Compact copies of what a report keeps for the whole run. The `cluster` command holds every report at once
 * (20k reports: most of its peak memory), so how V8 stores each small list matters more than its content:
 * equal values, equal order, less memory. Pure functions.
 */

/** Interned strings seen so far (bounded, cleared when full like the other memos). */
const interned = new Map<string, string>();
const INTERN_LIMIT = 100_000;

/**
 * A copy of `s` that shares nothing with the text it was cut from. Short substrings are copied by V8 already;
 * a longer one may be a slice that keeps its whole source text alive, which a JSON round trip copies out.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * The one shared copy of each string: reports name the same few thousand stems and numbers over and over,
 * and each report building its own copies (or slices of its text) cost more than all the rest of a report.
 */
export function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  if (interned.size >= INTERN_LIMIT) interned.clear();
  const copy = detached(s);
  interned.set(copy, copy);
  return copy;
}

/** `intern` of each string, in a new array of exactly their number. */
export function internAll(strings: readonly string[]): string[] {
  const out = new Array<string>(strings.length);
  for (let i = 0; i < strings.length; i++) out[i] = intern(strings[i] as string);
  return out;
}

/**
 * The same numbers in an array V8 stores unboxed (8 bytes each): 32-bit hashes above 2³¹ are not small
 * integers, and an array built by spreading a Set holds each as a boxed heap number (≈24 bytes each).
 * Filling a presized array stores them as raw doubles.
 */
export function unboxed(values: readonly number[]): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] as number;
  return out;
}
