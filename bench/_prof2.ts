import { readFileSync } from 'node:fs';
import { parseArticlePage } from '../shared/parse/index.ts';
const m = JSON.parse(readFileSync('tests/fixtures/pages/manifest.json', 'utf8')) as { file: string; url: string }[];
const pages = m.map((c) => ({ html: readFileSync(`tests/fixtures/${c.file}`, 'utf8'), url: c.url }));
const t = performance.now();
while (performance.now() - t < 4000) for (const p of pages) parseArticlePage(p.html, { url: p.url });
