/**
 * Word starts for the place finder (place-matcher.ts): where a word of a text begins, where its run of letters and
 * digits ends, and whether it may begin a name of the gazetteer, read by character codes and tables.
 */

/** Letters and digits (\p{L}, \p{N}) below U+0530 by table; the rest asked of the pattern. */
const LN = /[\p{L}\p{N}]/u;
const LN_TABLE = Uint8Array.from({ length: 0x530 }, (_, c) => (LN.test(String.fromCharCode(c)) ? 1 : 0));
function isLetterOrDigit(cp: number): boolean {
  return cp < 0x530 ? LN_TABLE[cp] === 1 : LN.test(String.fromCodePoint(cp));
}
/** The code point ending right before `i` (a surrogate pair read whole). */
function codePointBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** The end of the run of letters and digits (code points of \p{L} or \p{N}) starting at `i` (`i` if none). */
export function runEnd(low: string, i: number): number {
  let j = i;
  while (j < low.length) {
    const c = low.charCodeAt(j);
    if (c < 0x530) {
      if (LN_TABLE[c] !== 1) break;
      j++;
    } else {
      const cp = low.codePointAt(j) as number;
      if (!LN.test(String.fromCodePoint(cp))) break;
      j += cp > 0xffff ? 2 : 1;
    }
  }
  return j;
}

/**
 * The next offset after `i` where a name may begin: past the rest of a run of letters and digits (no offset
 * inside one has a word start, and the one right after it has a letter before it too), else the next one. Reads
 * each character once instead of asking mayBeginAt about every one.
 */
export function nextStart(low: string, i: number): number {
  const j = runEnd(low, i);
  return j > i ? j + 1 : i + 1;
}

// A word of the text is letters and digits: keys of other characters could never be looked up.
const isWord = (w: string): boolean => /^[\p{L}\p{N}]+$/u.test(w);

/**
 * The starts of words that may begin a name: its first three letters begin a stem, or its first two (or its
 * only letter) are a short first word. Looked up by character codes at each word start: one pattern of hundreds
 * of three-letter alternatives tried them one by one at every word.
 */
export class WordStarts {
  /**
   * Each character of the keys numbered from 1 (0: in no key), so that a key of three characters is a small
   * number and its test one look-up in a table (a set of numbers built from whole character codes needed a
   * hashed look-up of a floating-point number at every word).
   */
  private readonly charNo = new Uint16Array(0x10000);
  private readonly span: number;
  /** One bit per key of three characters (a table of bytes was eight times the size, read at random). */
  private readonly prefixes: Uint8Array;
  private readonly short2: Uint8Array;
  private readonly short1: Uint8Array;
  /** First characters of the keys (never a surrogate: keys are letters and digits of the BMP). */
  private readonly firstChar = new Uint8Array(0x10000);

  /** `first3`: the first three letters of the stems; `short`: first words of one or two letters. */
  constructor(first3: Iterable<string>, short: Iterable<string>) {
    const keys3 = [...first3].filter(isWord);
    const keysShort = [...short].filter(isWord);
    let count = 0;
    for (const w of [...keys3, ...keysShort])
      for (let i = 0; i < w.length; i++)
        if (this.charNo[w.charCodeAt(i)] === 0) this.charNo[w.charCodeAt(i)] = ++count;
    const span = count + 1;
    this.span = span;
    this.prefixes = new Uint8Array(((span * span * span) >> 3) + 1);
    this.short2 = new Uint8Array(span * span);
    this.short1 = new Uint8Array(span);
    for (const w of keys3) {
      const t = (this.no(w, 0) * span + this.no(w, 1)) * span + this.no(w, 2);
      this.prefixes[t >> 3] = (this.prefixes[t >> 3] as number) | (1 << (t & 7));
    }
    for (const w of keysShort) {
      if (w.length === 2) this.short2[this.no(w, 0) * span + this.no(w, 1)] = 1;
      else this.short1[this.no(w, 0)] = 1;
    }
    for (const w of [...keys3, ...keysShort]) this.firstChar[w.charCodeAt(0)] = 1;
  }

  private no(w: string, i: number): number {
    return this.charNo[w.charCodeAt(i)] as number;
  }

  /** True when a name may begin at `i` of a lower-cased text. */
  mayBeginAt(low: string, i: number): boolean {
    if (this.firstChar[low.charCodeAt(i)] !== 1) return false;
    if (i > 0 && isLetterOrDigit(codePointBefore(low, i))) return false;
    const n = low.length;
    const span = this.span;
    // A character in no key numbers 0, and no key's number has a 0 in it.
    const a = this.no(low, i);
    const b = i + 1 < n ? this.no(low, i + 1) : 0;
    if (i + 3 <= n && b !== 0) {
      const t = (a * span + b) * span + this.no(low, i + 2);
      if (((this.prefixes[t >> 3] as number) & (1 << (t & 7))) !== 0) return true;
    }
    if (i + 2 <= n && b !== 0 && this.short2[a * span + b] === 1) return true;
    return this.short1[a] === 1 && (i + 1 >= n || !isLetterOrDigit(low.codePointAt(i + 1) as number));
  }
}
