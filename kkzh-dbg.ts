import { readFileSync } from 'node:fs';
import { extractArticle } from './shared/extract/index.ts';
const file = process.argv[2] as string;
const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (const id of process.argv.slice(3)) {
  const r = rows.find((x) => x.id === id);
  const out = extractArticle({ id, url: r.url, outlet: r.outlet, title: r.title ?? undefined, published: r.published, lang: r.lang, text: r.text });
  console.log(id, out.event?.kind, '| gold', r.gold.kind, '\n  K:', out.event?.evidence?.kind);
  for (const a of out.event?.agreements ?? []) console.log('  A:', a.docType, a.status, a.title, '\n     <=', a.evidence?.slice(0, 150));
  console.log('  G:', JSON.stringify(r.gold.agreements));
}
