/**
 * Whether a position lies inside a quotation opened before it in one sentence: a speaker's "today" counts from
 * the day they spoke, not the page's. One scan for every script; only the marks differ, so they are data.
 */

/** The quotation marks of a script: those that open and those that close. */
export interface QuoteMarks {
  open: string;
  close: string;
}

/** European marks: «…», “…”, „…“ (as the en/ru/kk date rules read them). */
export const EUROPEAN_QUOTES: QuoteMarks = { open: '«“„', close: '»”' };
/** Chinese marks: “…”, 「…」, 『…』. */
export const CHINESE_QUOTES: QuoteMarks = { open: '“「『', close: '”」』' };

/** True when `at` lies inside a quotation opened before it (a straight `"` toggles, as normalised text has it). */
export function insideQuote(text: string, at: number, marks: QuoteMarks): boolean {
  let open = 0;
  let straight = false;
  for (let i = 0; i < at; i++) {
    const c = text[i] as string;
    if (marks.open.includes(c)) open++;
    else if (marks.close.includes(c) && open > 0) open--;
    else if (c === '"') straight = !straight;
  }
  return open > 0 || straight;
}
