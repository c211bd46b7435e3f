/**
 * CSV as RFC 4180 writes it (CRLF rows, fields with a quote, comma or line break quoted, quotes doubled), made
 * safe to open in a spreadsheet: a text cell starting with `=`, `+`, `-`, `@` (or a tab or CR, which some
 * spreadsheets skip before reading a formula) gets a leading `'`, so a headline such as `=HYPERLINK(…)` from a
 * hostile page is shown as text, never run as a formula (OWASP "CSV injection"). Numbers are written as numbers.
 */

/** A cell value: text, a number, or nothing. */
export type Cell = string | number | null | undefined;

/** Starts a spreadsheet would read as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, neutralised and quoted as needed. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document: the header row, then one row per record, every row ended by CRLF. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** The headers of a CSV download: RFC 4180's media type, with a file name for browsers. */
export function csvHeaders(filename: string): Record<string, string> {
  return {
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'public, max-age=300',
  };
}

/** The content type of the exports. */
export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
