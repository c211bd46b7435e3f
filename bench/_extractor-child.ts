/**
 * One extractor in its own process (bench/readability.ts spawns one per extractor and round): what one extractor
 * allocates, compiles and leaves for the garbage collector never slows the other down, as it did when both ran
 * interleaved in one process. Argument: `ours` or `readability`, then the measuring window in ms. Output: one
 * JSON line `{ extractor, pages, pps, f1 }` (pages/s of whole passes after a warm-up; body-text F1 per page).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { tokenF1 } from '../shared/parse/f1.ts';
import { parseArticlePage } from '../shared/parse/index.ts';

/** A page of the extraction corpus with its hand-written reference body. */
interface BenchPage {
  name: string;
  html: string;
  url: string;
  expected: string;
}

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));

/** The corpus of tests/fixtures/pages/manifest.json: the five seed pages and the outlet corpus. */
function loadPages(): BenchPage[] {
  const manifest = JSON.parse(readFileSync(`${FIXTURES}pages/manifest.json`, 'utf8')) as {
    name: string;
    file: string;
    url: string;
    expected: string;
  }[];
  return manifest.map((c) => ({
    name: c.name,
    html: readFileSync(`${FIXTURES}${c.file}`, 'utf8'),
    url: c.url,
    expected: readFileSync(`${FIXTURES}pages/${c.expected}`, 'utf8'),
  }));
}

type Extractor = (page: BenchPage) => string;

const EXTRACTORS: Record<string, Extractor> = {
  ours: (p) => parseArticlePage(p.html, { url: p.url }).text,
  readability: (p) => {
    const { document } = parseHTML(p.html);
    // Readability types its argument as the DOM lib's Document; linkedom's document implements what it uses.
    const article = new Readability(
      document as unknown as ConstructorParameters<typeof Readability>[0],
    ).parse();
    return article?.textContent ?? '';
  },
};

const name = process.argv[2] ?? 'ours';
const windowMs = Number(process.argv[3] ?? 1000);
const extract = EXTRACTORS[name];
if (!extract) throw new Error(`unknown extractor ${name}`);
const pages = loadPages();
const f1 = pages.map((p) => tokenF1(extract(p), p.expected));
// Warm-up: three whole passes (JIT, regex compilation, the DOM library's first allocations).
for (let i = 0; i < 3; i++) for (const p of pages) extract(p);
let passes = 0;
const started = performance.now();
while (performance.now() - started < windowMs) {
  for (const p of pages) extract(p);
  passes++;
}
const pps = (passes * pages.length * 1000) / (performance.now() - started);
process.stdout.write(`${JSON.stringify({ extractor: name, pages: pages.length, pps, f1 })}\n`);
