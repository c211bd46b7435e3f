import { readFileSync } from 'node:fs';
import { load } from 'cheerio/slim';
import { parseArticlePage } from '../shared/parse/index.ts';
import { readMeta } from '../shared/parse/meta.ts';
const m = JSON.parse(readFileSync('tests/fixtures/pages/manifest.json', 'utf8')) as { file: string; url: string }[];
const pages = m.map((c) => ({ html: readFileSync(`tests/fixtures/${c.file}`, 'utf8'), url: c.url }));
const time = (label: string, f: (p: { html: string; url: string }) => void) => {
  for (let i = 0; i < 5; i++) for (const p of pages) f(p);
  const t = performance.now();
  let n = 0;
  while (performance.now() - t < 1000) { for (const p of pages) f(p); n += pages.length; }
  console.log(label, ((performance.now() - t) / n * 1000).toFixed(1), 'µs/page');
};
time('load', (p) => load(p.html, { xml: { xmlMode: false, decodeEntities: true } }));
time('load+meta', (p) => readMeta(load(p.html, { xml: { xmlMode: false, decodeEntities: true } }).root()[0] as never, p.url, new Date()));
time('full', (p) => parseArticlePage(p.html, { url: p.url }));
