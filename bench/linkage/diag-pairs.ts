/**
 * Diagnostics for pairs of dev articles: their reports' dates, people, years and tenure, the pair features
 * and link score, and which cluster-level date check refuses them. Usage: npx tsx bench/linkage/diag-pairs.ts
 * --dev FILE [--cache FILE] id1,id2 [id3,id4 ...]
 */
import { datesFit } from '../../shared/dedup/candidate-checks.ts';
import { DEFAULT_MODEL, scoreOf } from '../../shared/dedup/linkage.ts';
import { FEATURES, pairFeatures } from '../../shared/dedup/pair.ts';
import { load } from './dev-set.ts';

const rows = load();
const byId = new Map(rows.map((r) => [r.item.input.id, r]));
const pairs = process.argv.slice(2).filter((a) => /^[a-z]\d+,[a-z]\d+$/.test(a));
const show = (id: string) => {
  const r = byId.get(id)?.report;
  if (!r) return console.log(id, 'no report');
  const { stems, shingles, names, personStems, ...rest } = r;
  console.log(id, JSON.stringify({ ...rest, names: names.slice(0, 30), personStems }));
};
for (const p of pairs) {
  const [a, b] = p.split(',') as [string, string];
  show(a);
  show(b);
  const ra = byId.get(a)?.report;
  const rb = byId.get(b)?.report;
  if (!ra || !rb) continue;
  const f = pairFeatures(ra, rb);
  const parts = FEATURES.map((n, i) => [n, f[i], (f[i] as number) * (DEFAULT_MODEL.weights[i] ?? 0)] as const)
    .filter((x) => x[1] !== 0)
    .map((x) => `${x[0]}=${(x[1] as number).toFixed(2)}(${x[2].toFixed(2)})`);
  console.log(
    `  score ${scoreOf(f).toFixed(2)} datesFit ${datesFit(ra, [rb])}/${datesFit(rb, [ra])}`,
    parts.join(' '),
  );
}
