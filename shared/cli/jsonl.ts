import type { Readable, Writable } from 'node:stream';
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

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a byte stream, split as `readline` splits them (`\n`, `\r\n` or a lone `\r`; a last line
 * without an end included), each decoded as UTF-8 only when the caller asks for it. `readline`'s async
 * iterator reads up to 1,024 lines ahead as strings: each then outlives a few young-generation collections
 * while the lines before it are extracted, so the whole input passes through the old generation as garbage.
 * Here the bytes wait outside the JS heap, in the stream's chunks, and a line's string dies young with the
 * work on it.
 */
export async function* inputLines(input: Readable): AsyncGenerator<string> {
  let carry: Buffer | null = null;
  let skipLf = false;
  for await (const chunk of input) {
    const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    let start = 0;
    if (skipLf && buf.length > 0) {
      if (buf[0] === LF) start = 1;
      skipLf = false;
    }
    // line ends found by the native byte search, each kind looked up again only once passed (a chunk
    // usually holds no CR at all): a JS loop over every byte cost more than decoding the lines
    let lf = buf.indexOf(LF, start);
    let cr = buf.indexOf(CR, start);
    while (lf >= 0 || cr >= 0) {
      let i = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      const line: string = carry
        ? Buffer.concat([carry, buf.subarray(start, i)]).toString('utf8')
        : buf.toString('utf8', start, i);
      carry = null;
      if (i === cr) {
        if (i + 1 < buf.length) {
          if (buf[i + 1] === LF) i++;
        } else skipLf = true;
      }
      start = i + 1;
      if (lf >= 0 && lf < start) lf = buf.indexOf(LF, start);
      if (cr >= 0 && cr < start) cr = buf.indexOf(CR, start);
      yield line;
    }
    if (start < buf.length) {
      // a copy: the stream may reuse or keep the chunk, and a partial line is small
      const rest = Buffer.from(buf.subarray(start));
      carry = carry ? Buffer.concat([carry, rest]) : rest;
    }
  }
  if (carry && carry.length > 0) yield carry.toString('utf8');
}

/** Writes one JSON value as a line. */
export function writeLine(out: Writable, value: unknown): void {
  out.write(`${JSON.stringify(value)}\n`);
}
