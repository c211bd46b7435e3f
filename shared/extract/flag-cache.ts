/**
 * A cache of a function of a sentence and two flags with defaults, kept as four maps by the flags: the calls
 * `f(text)`, `f(text, false)` and `f(text, false, true)` are one entry. memo.ts keys its entries by the
 * arguments as given, so the kind rules' `predicates(s.text, false)` and the place rules' `predicates(s.text)`
 * analysed the same sentence twice, and each call with flags built a key string.
 */

/**
 * `fn` cached by its text and two boolean flags (`a` defaults to `aDefault`, `b` to `bDefault`); each of the four
 * maps is cleared wholesale when it holds `limit` texts, so memory stays bounded.
 */
export function flagCache<R>(
  fn: (text: string, a: boolean, b: boolean) => R,
  aDefault: boolean,
  bDefault: boolean,
  limit = 1000,
): (text: string, a?: boolean, b?: boolean) => R {
  const maps = [new Map<string, R>(), new Map<string, R>(), new Map<string, R>(), new Map<string, R>()];
  return (text, a = aDefault, b = bDefault) => {
    const map = maps[(a ? 2 : 0) + (b ? 1 : 0)] as Map<string, R>;
    let value = map.get(text);
    if (value === undefined) {
      value = fn(text, a, b);
      if (map.size >= limit) map.clear();
      map.set(text, value);
    }
    return value;
  };
}
