import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { clusterArticles } from '../dedup/index.ts';
import type { ArticleInput, ExtractResult } from '../domain/index.ts';
import { describeError } from '../errors.ts';
import { extractArticle } from '../extract/index.ts';
import { type InputLine, parseArticleLine, readLines, writeLine } from './jsonl.ts';

/** Extracts one article, turning any failure into a per-line error message. */
function safeExtract(
  article: ArticleInput,
): { ok: true; result: ExtractResult } | { ok: false; error: string } {
  try {
    return { ok: true, result: extractArticle(article) };
  } catch (err) {
    return { ok: false, error: describeError(err) };
  }
}

/**
 * `extract` (../shared/CONTRACT.md): one output line per input line, in input order; a bad line yields
 * `{id, error}` and the run goes on. Lines are processed as they arrive, so large inputs stream.
 */
export async function runExtract(input: Readable, out: Writable): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const parsed = parseArticleLine(line);
    if (!parsed.ok) {
      writeLine(out, { id: parsed.id, error: parsed.error });
      continue;
    }
    const extracted = safeExtract(parsed.article);
    writeLine(
      out,
      extracted.ok
        ? { id: parsed.article.id, relevant: extracted.result.relevant, event: extracted.result.event }
        : { id: parsed.article.id, error: extracted.error },
    );
  }
}

/**
 * `cluster` (../shared/CONTRACT.md): reads all lines, extracts each, then assigns event ids so that articles
 * on the same real-world event share one; irrelevant articles get null.
 */
export async function runCluster(input: Readable, out: Writable): Promise<void> {
  const lines: InputLine[] = (await readLines(input)).map(parseArticleLine);
  const outputs: Array<Record<string, unknown>> = [];
  const members: Array<{ index: number; input: ArticleInput; result: ExtractResult }> = [];
  for (const [index, line] of lines.entries()) {
    if (!line.ok) {
      outputs[index] = { id: line.id, error: line.error };
      continue;
    }
    const extracted = safeExtract(line.article);
    if (!extracted.ok) {
      outputs[index] = { id: line.article.id, error: extracted.error };
      continue;
    }
    members.push({ index, input: line.article, result: extracted.result });
  }
  let eventIds: Array<string | null> = [];
  try {
    eventIds = clusterArticles(members.map(({ input: i, result }) => ({ input: i, result })));
  } catch (err) {
    for (const m of members) outputs[m.index] = { id: m.input.id, error: describeError(err) };
    eventIds = [];
  }
  for (const [k, m] of members.entries()) {
    if (outputs[m.index] === undefined) outputs[m.index] = { id: m.input.id, eventId: eventIds[k] ?? null };
  }
  for (const o of outputs) writeLine(out, o);
}
