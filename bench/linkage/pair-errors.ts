/**
 * Where the `cluster` command's pairwise errors on real gold sets come from: every gold pair it splits
 * (recall) and every pair it joins against the gold (precision), each with the two reports' languages,
 * extracted dates against the gold ones, people, the pair's link score and which cluster-level check refused
 * it; then counts by category (language pair, dated/undated, extracted-date gap, a side judged irrelevant).
 * Usage: npx tsx bench/linkage/pair-errors.ts [--dev PATH[,PATH…]] [--cache FILE] [--fold K] [--quiet]
 */
import { readFileSync } from 'node:fs';
import { datesFit, linkable, reachable } from '../../shared/dedup/candidate-checks.ts';
import { clusterArticles } from '../../shared/dedup/cluster.ts';
import { EventClusterer } from '../../shared/dedup/clusterer.ts';
import { DEFAULT_MODEL, linkScore } from '../../shared/dedup/linkage.ts';
import { FEATURES, pairFeatures } from '../../shared/dedup/pair.ts';
import { prepared } from '../../shared/dedup/prepared.ts';
import type { Report } from '../../shared/dedup/report.ts';
import { load, type Row } from './dev-set.ts';

const args = process.argv.slice(2);
const fold = args.includes('--fold') ? Number(args[args.indexOf('--fold') + 1]) : null;
const quiet = args.includes('--quiet');
const devPaths = (
  args.includes('--dev') ? (args[args.indexOf('--dev') + 1] as string) : '../shared/dev/articles.jsonl'
).split(',');

/** Gold event dates by id (the labels the report's extraction is compared with). */
const goldDate = new Map<string, string | null>();
for (const p of devPaths)
  for (const l of readFileSync(p, 'utf8').split('\n'))
    if (l.trim()) {
      const r = JSON.parse(l);
      goldDate.set(r.id, r.gold?.eventDate ?? null);
    }

const rows = load().filter((r) => fold === null || r.fold === fold);
const clusterer = new EventClusterer();
const ids: Array<string | null> = [];
for (const set of new Set(rows.map((r) => r.set))) {
  const part = rows.filter((r) => r.set === set);
  const out = clusterArticles(
    part.map((r) => r.item),
    clusterer,
  );
  out.forEach((id) => {
    ids.push(id == null ? null : `${set}|${id}`);
  });
}
// rows were grouped by set above: reorder them the same way so ids[i] belongs to ordered[i]
const ordered = [...new Set(rows.map((r) => r.set))].flatMap((s) => rows.filter((r) => r.set === s));

const day = (d: string | null | undefined) =>
  d ? Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000) : null;

/** A short description of one report: language, extracted date (and where from), kind, people. */
function describe(r: Row): string {
  const rep = r.report;
  const id = r.item.input.id;
  if (!rep) return `${id} ${r.item.input.lang} IRRELEVANT`;
  const src = rep.dateInText ? 'text' : rep.eventDate ? 'pub' : '-';
  const people = rep.people.map((p) => `${p.name}/${p.country ?? '?'}`).join(', ');
  return `${id} ${rep.lang} ${rep.kind} date ${rep.eventDate ?? '-'}(${src}) gold ${goldDate.get(id) ?? '-'} pub ${rep.published ?? '-'} place ${rep.place ?? '-'} [${people}]`;
}

/** The category of an erroneous pair: what kind of pair it is, for the counts. */
function category(a: Row, b: Row): string[] {
  const out: string[] = [];
  const la = a.item.input.lang ?? '?';
  const lb = b.item.input.lang ?? '?';
  out.push(`lang ${[la, lb].sort().join('-')}`);
  if (!a.report || !b.report) {
    out.push('irrelevant side');
    return out;
  }
  const ra = a.report;
  const rb = b.report;
  const wa = prepared(ra).window;
  const wb = prepared(rb).window;
  if (!wa || !wb) out.push(!wa && !wb ? 'both undated' : 'one undated');
  else {
    const gap = Math.max(0, wa[0] - wb[1], wb[0] - wa[1]);
    out.push(`window gap ${gap > 3 ? '>3' : gap}`);
  }
  const ga = day(goldDate.get(a.item.input.id));
  const gb = day(goldDate.get(b.item.input.id));
  if (ga !== null && gb !== null && ga !== gb) out.push('gold days differ');
  if (ra.eventDate && goldDate.get(a.item.input.id) && ra.eventDate !== goldDate.get(a.item.input.id))
    out.push('date wrong');
  if (rb.eventDate && goldDate.get(b.item.input.id) && rb.eventDate !== goldDate.get(b.item.input.id))
    out.push('date wrong');
  if (ra.people.length === 0 || rb.people.length === 0) out.push('no people');
  return out;
}

/** Why the clusterer refused (or accepted) a pair: score, features and the cluster-level checks. */
function why(a: Report, b: Report): string {
  const f = pairFeatures(a, b);
  const parts = FEATURES.map(
    (n, i) => [n, f[i] as number, (f[i] as number) * (DEFAULT_MODEL.weights[i] ?? 0)] as const,
  )
    .filter((x) => x[1] !== 0)
    .map((x) => `${x[0]}=${x[1].toFixed(2)}(${x[2].toFixed(2)})`);
  const checks = [
    datesFit(a, [b]) && datesFit(b, [a]) ? '' : 'datesFit✗',
    linkable(a, [b]) ? '' : 'linkable✗',
    reachable(a, [b], clusterer.rules) ? '' : 'reachable✗',
  ].filter((x) => x !== '');
  return `score ${linkScore(a, b).toFixed(2)} ${checks.join(' ')} | ${parts.join(' ')}`;
}

const counts = new Map<string, [number, number]>();
let fn = 0;
let fp = 0;
let tp = 0;
for (let i = 0; i < ordered.length; i++)
  for (let j = i + 1; j < ordered.length; j++) {
    const a = ordered[i] as Row;
    const b = ordered[j] as Row;
    if (a.set !== b.set) continue;
    const gold = a.cluster !== null && a.cluster === b.cluster;
    const pred = ids[i] != null && ids[i] === ids[j];
    if (a.cluster === null || b.cluster === null) continue; // the scorer counts gold-relevant rows only
    if (gold && pred) tp++;
    if (gold === pred) continue;
    if (gold) fn++;
    else fp++;
    for (const c of category(a, b)) {
      const n = counts.get(c) ?? [0, 0];
      n[gold ? 0 : 1]++;
      counts.set(c, n);
    }
    if (quiet) continue;
    console.log(gold ? 'SPLIT' : 'JOINED', gold ? a.cluster : `${a.cluster} | ${b.cluster}`);
    console.log(`  ${describe(a)}\n  ${describe(b)}`);
    if (a.report && b.report) console.log(`  ${why(a.report, b.report)}`);
  }
const p = tp / (tp + fp || 1);
const r = tp / (tp + fn || 1);
console.log(
  `\npairs: correct ${tp}, split ${fn} (recall ${r.toFixed(3)}), joined wrongly ${fp} (precision ${p.toFixed(3)}), F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)}`,
);
for (const [c, [s, j]] of [...counts].sort((x, y) => y[1][0] + y[1][1] - x[1][0] - x[1][1]))
  console.log(`  ${c.padEnd(20)} split ${String(s).padStart(4)}  joined ${String(j).padStart(4)}`);
