import type { Readable, Writable } from 'node:stream';
import { clusterReports, reportOfInput } from '../dedup/index.ts';
import type { Report } from '../dedup/report.ts';
import type { ArticleInput, ExtractedEvent, ExtractResult } from '../domain/index.ts';
import { describeError } from '../errors.ts';
import { extractArticle } from '../extract/index.ts';
import { inputLines, parseArticleLine, writeLine } from './jsonl.ts';

/**
 * The `event` object exactly as CONTRACT.md lists it: the evidence sentences and the document count the store
 * and API keep are not part of the command-line contract.
 */
export function contractEvent(event: ExtractedEvent | null): ExtractedEvent | null {
  if (!event) return null;
  const { evidence: _e, agreementCount: _c, ...rest } = event;
  const bare = <T extends { evidence?: unknown }>(xs: T[]) => xs.map(({ evidence: _x, ...o }) => o);
  return {
    ...rest,
    participants: bare(event.participants),
    mentioned: bare(event.mentioned),
    agreements: bare(event.agreements),
    figures: bare(event.figures),
  };
}

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
  for await (const line of inputLines(input)) {
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
        ? {
            id: parsed.article.id,
            relevant: extracted.result.relevant,
            event: contractEvent(extracted.result.event),
          }
        : { id: parsed.article.id, error: extracted.error },
    );
  }
}

/**
 * `cluster` (../shared/CONTRACT.md): reads all lines, extracts each, then assigns event ids so that articles
 * on the same real-world event share one; irrelevant articles get null. Lines stream in and each article is
 * reduced to its clustering report at once: neither the texts nor the extractions of the whole input are held.
 */
export async function runCluster(input: Readable, out: Writable): Promise<void> {
  const outputs: Array<Record<string, unknown>> = [];
  const members: Array<{ index: number; id: string; report: Report | null }> = [];
  let index = 0;
  for await (const text of inputLines(input)) {
    if (text.trim() === '') continue;
    const line = parseArticleLine(text);
    const at = index++;
    if (!line.ok) {
      outputs[at] = { id: line.id, error: line.error };
      continue;
    }
    const extracted = safeExtract(line.article);
    if (!extracted.ok) {
      outputs[at] = { id: line.article.id, error: extracted.error };
      continue;
    }
    try {
      members.push({
        index: at,
        id: line.article.id,
        report: reportOfInput({ input: line.article, result: extracted.result }),
      });
    } catch (err) {
      outputs[at] = { id: line.article.id, error: describeError(err) };
    }
  }
  let eventIds: Array<string | null> = [];
  try {
    eventIds = clusterReports(members.map((m) => m.report));
  } catch (err) {
    for (const m of members) outputs[m.index] = { id: m.id, error: describeError(err) };
    eventIds = [];
  }
  for (const [k, m] of members.entries()) {
    if (outputs[m.index] === undefined) outputs[m.index] = { id: m.id, eventId: eventIds[k] ?? null };
  }
  for (const o of outputs) writeLine(out, o);
}
