/**
 * A small bounded cache for per-sentence analyses: kind, date and place rules read the same sentences, so
 * each sentence is analysed once per article. Cleared wholesale when full, so memory stays bounded.
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, limit = 4000): (...args: A) => R {
  // Keyed by the sentence, then by the other (short) arguments: one key string joining the sentence to the
  // flags was a new string to build and hash on every call.
  const cache = new Map<string, Map<string, R>>();
  // Calls with the sentence alone (most of them) skip the inner map: the same entries as its '' key.
  const alone = new Map<string, R>();
  let size = 0;
  return (...args: A): R => {
    const first = args[0];
    const head = typeof first === 'string' ? first : String(first);
    if (args.length <= 1) {
      const known = alone.get(head);
      if (known !== undefined) return known;
      const value = fn(...args);
      if (size >= limit) {
        cache.clear();
        alone.clear();
        size = 0;
      }
      alone.set(head, value);
      size++;
      return value;
    }
    // The same key as joining the other arguments' strings with NUL, built without two throwaway arrays.
    let tail = args.length > 1 ? String(args[1]) : '';
    for (let i = 2; i < args.length; i++) tail = `${tail}\u0000${String(args[i])}`;
    let inner = cache.get(head);
    const hit = inner?.get(tail);
    if (hit !== undefined) return hit;
    const value = fn(...args);
    if (size >= limit) {
      cache.clear();
      alone.clear();
      size = 0;
      inner = undefined;
    }
    if (!inner) {
      inner = new Map();
      cache.set(head, inner);
    }
    inner.set(tail, value);
    size++;
    return value;
  };
}

/**
 * A bounded cache of a function of one string (a word, a name, a sentence, a text): each argument is computed
 * once until `limit` entries are kept, then the cache is cleared wholesale. For the hot word and text paths,
 * where `memoize`'s nested maps and key joining would cost more than they save.
 */
export function memoizeString<R>(fn: (s: string) => R, limit: number): (s: string) => R {
  const cache = new Map<string, R>();
  return (s: string): R => {
    let value = cache.get(s);
    if (value === undefined) {
      value = fn(s);
      if (cache.size >= limit) cache.clear();
      cache.set(s, value);
    }
    return value;
  };
}
