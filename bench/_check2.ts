import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticlePage } from '../shared/parse/index.ts';
const root = 'tests/fixtures/sites';
const files: string[] = [];
const walk = (d: string): void => {
  for (const f of readdirSync(d)) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.html')) files.push(p);
  }
};
walk(root);
for (const f of files) {
  const rel = f.slice(root.length + 1).replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  const url = `https://${rel}`;
  const r = parseArticlePage(readFileSync(f, 'latin1').includes('windows-1251') ? readFileSync(f, 'utf8') : readFileSync(f, 'utf8'), { url });
  console.log(`\n### ${rel}\n[${r.bodySource}] title=${r.title} | pub=${r.published} | author=${r.author} | lang=${r.lang} | canon=${r.canonicalUrl}`);
  const ps = r.text.split('\n\n');
  console.log(`${ps.length} paras; FIRST: ${ps[0]?.slice(0, 100)}\nLAST: ${ps[ps.length - 1]?.slice(0, 160)}`);
}
