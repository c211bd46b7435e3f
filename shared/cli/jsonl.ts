import type { Writable } from 'node:stream';
import { ArticleInput } from '../domain/index.ts';

/** One parsed input line of the extract/cluster contract: either a valid article or a per-line error. */
export type InputLine = { ok: true; article: ArticleInput } | { ok: false; id: string | null; error: string };

/** Parses and validates one contract input line; never throws. */
export function parseArticleLine(line: string): InputLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { ok: false, id: null, error: `line is not valid JSON: ${(err as Error).message}` };
  }
  const id =
    typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
      ? (raw as { id: string }).id
      : null;
  const parsed = ArticleInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
    return { ok: false, id, error: `${where}${issue?.message ?? 'invalid article line'}` };
  }
  return { ok: true, article: parsed.data };
}

/** Writes one JSON value as a line. */
export function writeLine(out: Writable, value: unknown): void {
  out.write(`${JSON.stringify(value)}\n`);
}
