/**
 * The `cluster` command's clusters beside the gold events of a real set: for each gold event with a
 * misplaced report, its reports with their predicted cluster (short id), extracted kind, date (text or
 * publication), people and place. Usage: npx tsx bench/linkage/event-view.ts --dev FILE [--cache FILE]
 * [--pipeline]
 */
import { clusterArticles } from '../../shared/dedup/cluster.ts';
import { replayThroughPipeline } from '../../shared/pipeline/replay.ts';
import { load } from './dev-set.ts';

const rows = load();
/** `--pipeline`: the ingest pipeline's clusters (arrival order, re-link) instead of the command's. */
const ids = process.argv.includes('--pipeline')
  ? await replayThroughPipeline(rows.map((r) => r.item))
  : clusterArticles(rows.map((r) => r.item));
const short = new Map<string, string>();
const label = (id: string | null | undefined) => {
  if (!id) return '-';
  if (!short.has(id)) short.set(id, `C${short.size}`);
  return short.get(id) as string;
};
const events = new Map<string, number[]>();
rows.forEach((r, i) => {
  if (r.cluster) events.set(r.cluster, [...(events.get(r.cluster) ?? []), i]);
});
for (const [event, members] of events) {
  const predicted = new Set(members.map((i) => ids[i]));
  const strangers = rows.filter((r, i) => r.cluster !== event && ids[i] && predicted.has(ids[i]));
  if (predicted.size === 1 && strangers.length === 0) continue;
  console.log(`== ${event}`);
  for (const i of members) {
    const r = rows[i];
    const rep = r?.report;
    const what = rep
      ? `${rep.kind} ${rep.eventDate ?? '-'}${rep.dateInText ? '' : '(pub)'} pub ${rep.published ?? '-'} ${rep.place ?? '-'} [${rep.people.map((p) => p.name).join(', ')}]`
      : 'IRRELEVANT';
    console.log(`  ${label(ids[i]).padEnd(4)} ${r?.item.input.id} ${r?.item.input.lang} ${what}`);
  }
  for (const r of strangers)
    console.log(`  ${label(ids[rows.indexOf(r)]).padEnd(4)} ${r.item.input.id} (gold ${r.cluster})`);
}
