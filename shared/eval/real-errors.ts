/**
 * `eval --real FILE --errors`: every field where the extractor differs from a real set's gold, item by item, and
 * every gold event the `cluster` command split or joined with another. Ids, labels and answers only, never the
 * article's text (the sets are third-party). Counted by the same judgement as the summary (real-judge.ts), so
 * the list always adds up to the table. Meant for the sets a developer may read; a hidden set's errors are not
 * to be read (that would tune the rules to it).
 */

import { foldOf } from './real.ts';
import { judgeRow } from './real-judge.ts';
import type { CliLine, RealRow } from './real-score.ts';

const show = (v: unknown) => JSON.stringify(v ?? null);

/** One line per differing field: `id [lang, fold k] field: expected … got …`. */
export function fieldErrorLines(rows: RealRow[], extracted: Map<string, CliLine>): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const where = `${r.id} [${r.lang ?? 'en'}, fold ${foldOf(r)}]`;
    for (const m of judgeRow(r, extracted.get(r.id) ?? {}).misses) {
      const trap = m.trap ? ' (a dateline trap)' : '';
      out.push(`${where} ${m.field}: expected ${show(m.expected)} got ${show(m.got)}${trap}`);
    }
  }
  return out;
}

/**
 * The clustering's errors over gold-relevant rows, as pairs are counted: a gold event whose reports got several
 * event ids (split), and an event id given to reports of several gold events (joined).
 */
export function clusterErrorLines(rows: RealRow[], clustered: Map<string, CliLine>): string[] {
  const byGold = new Map<string, Map<string, string[]>>();
  const byPred = new Map<string, Map<string, string[]>>();
  const push = (m: Map<string, Map<string, string[]>>, a: string, b: string, id: string) => {
    const inner = m.get(a) ?? new Map<string, string[]>();
    m.set(a, inner);
    inner.set(b, [...(inner.get(b) ?? []), id]);
  };
  for (const r of rows) {
    if (!r.gold.relevant) continue;
    const gold = String(r.gold.cluster ?? `(none) ${r.id}`);
    const pred = (clustered.get(r.id)?.eventId as string | null | undefined) ?? `(none) ${r.id}`;
    push(byGold, gold, pred, r.id);
    if (!pred.startsWith('(none)')) push(byPred, pred, gold, r.id);
  }
  const groups = (m: Map<string, string[]>) => [...m.values()].map((ids) => ids.join(' ')).join(' | ');
  const out: string[] = [];
  for (const [gold, preds] of byGold) if (preds.size > 1) out.push(`split  ${gold}: ${groups(preds)}`);
  for (const [pred, golds] of byPred)
    if (golds.size > 1)
      out.push(`joined ${pred}: ${[...golds].map(([g, ids]) => `${g} (${ids.join(' ')})`).join(' + ')}`);
  return out;
}
