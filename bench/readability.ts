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

const ours: Extractor = (p) => parseArticlePage(p.html, { url: p.url }).text;

const readability: Extractor = (p) => {
  const { document } = parseHTML(p.html);
  // Readability types its argument as the DOM lib's Document; linkedom's document implements what it uses.
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  return article?.textContent ?? '';
};

/** Milliseconds of one whole pass of an extractor over the corpus. */
function pass(extract: Extractor, pages: BenchPage[]): number {
  const start = performance.now();
  for (const p of pages) extract(p);
  return performance.now() - start;
}

/**
 * Pages per second of two extractors measured in interleaved rounds (one pass of the slower, then as many
 * passes of the faster as fill the same time), after a warm-up, until each has run for at least `minMs`:
 * both see the same machine load, so their ratio holds on a busy machine.
 */
function throughput(fast: Extractor, slow: Extractor, pages: BenchPage[], minMs: number): [number, number] {
  for (let i = 0; i < 3; i++) {
    pass(fast, pages);
    pass(slow, pages);
  }
  let fastMs = 0;
  let slowMs = 0;
  let fastPasses = 0;
  let slowPasses = 0;
  while (fastMs < minMs || slowMs < minMs) {
    const round = pass(slow, pages);
    slowMs += round;
    slowPasses++;
    let spent = 0;
    do {
      spent += pass(fast, pages);
      fastPasses++;
    } while (spent < round);
    fastMs += spent;
  }
  return [(fastPasses * pages.length * 1000) / fastMs, (slowPasses * pages.length * 1000) / slowMs];
}

/** Body-text token F1 of each page against its reference. */
function quality(extract: Extractor, pages: BenchPage[]): number[] {
  return pages.map((p) => tokenF1(extract(p), p.expected));
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * Our cheerio extraction vs @mozilla/readability on a linkedom DOM over the same pages in the same run:
 * pages/s (warm-up, then ≥ 1 s of whole passes each), body-text token F1 against the hand-written
 * references, and the speed ratio.
 */
export async function run(): Promise<Record<string, string | number>[]> {
  const pages = loadPages();
  const f1Ours = quality(ours, pages);
  const f1Readability = quality(readability, pages);
  const [ppsOurs, ppsReadability] = throughput(ours, readability, pages, 1000);
  const row = (extractor: string, pps: number, f1: number[]): Record<string, string | number> => ({
    extractor,
    pages: pages.length,
    'pages/s': Math.round(pps),
    'mean F1': Number(mean(f1).toFixed(4)),
    'min F1': Number(Math.min(...f1).toFixed(4)),
    'pages F1 ≥ 0.95': f1.filter((x) => x >= 0.95).length,
  });
  return [
    row('ours (cheerio/htmlparser2)', ppsOurs, f1Ours),
    row('readability (linkedom)', ppsReadability, f1Readability),
    {
      extractor: 'ours vs readability',
      pages: pages.length,
      'pages/s': `${(ppsOurs / ppsReadability).toFixed(2)}x`,
      'mean F1': Number((mean(f1Ours) - mean(f1Readability)).toFixed(4)),
      'min F1': Number((Math.min(...f1Ours) - Math.min(...f1Readability)).toFixed(4)),
      'pages F1 ≥ 0.95':
        f1Ours.filter((x) => x >= 0.95).length - f1Readability.filter((x) => x >= 0.95).length,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run());
}
