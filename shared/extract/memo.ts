/**
 * A small bounded cache for per-sentence analyses: kind, date and place rules read the same sentences, so
 * each sentence is analysed once per article. Cleared wholesale when full, so memory stays bounded.
 */
export function memoize<A extends unknown[], R>(fn: (...args: A) => R, limit = 4000): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const key = args.map(String).join('\u0000');
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(...args);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
