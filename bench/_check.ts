import { readFileSync } from 'node:fs';
import { parseArticlePage } from '../shared/parse/index.ts';
import { tokenF1 } from '../shared/parse/f1.ts';
const dir = 'tests/fixtures/pages/';
const m = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as Record<string, string | null>[];
const only = process.argv[2];
for (const c of m) {
  if (only && c.name !== only) continue;
  const html = readFileSync(`tests/fixtures/${c.file}`, 'utf8');
  const r = parseArticlePage(html, { url: c.url ?? undefined, now: c.now ? new Date(c.now) : new Date('2025-06-01T00:00:00Z') });
  const exp = readFileSync(`${dir}${c.expected}`, 'utf8');
  const f1 = tokenF1(r.text, exp);
  const bad: string[] = [];
  for (const k of ['title', 'canonicalUrl', 'published', 'author', 'lang'] as const) {
    if (k in c && c[k] !== r[k]) bad.push(`${k}: got ${JSON.stringify(r[k])} want ${JSON.stringify(c[k])}`);
  }
  console.log(`${c.name} F1=${f1.toFixed(3)} via ${r.bodySource} ${bad.join(' | ')}`);
  if (only || f1 < 0.95) console.log(r.text);
}
