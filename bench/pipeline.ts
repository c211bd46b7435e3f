import {
  type ClusterInput,
  clusterArticles,
  contentHash,
  NearDupIndex,
  simhash,
} from '../shared/dedup/index.ts';
import { extractArticle } from '../shared/extract/index.ts';
import { htmlFragmentToText, parseArticlePage } from '../shared/parse/index.ts';
import { corpus, type Synthetic } from './_pipeline-corpus.ts';
import { fmt, load, rounds, spread } from './_stats.ts';

/**
 * Pipeline throughput without I/O: parse (whole pages through parseArticlePage, feed fragments through
 * htmlFragmentToText), extract (extractArticle) and dedup (contentHash, simhash, NearDupIndex.check, then
 * clusterArticles over the lot) for 10,000 synthetic articles built from realistic templates: English and
 * Russian, Kazakhstan–China and unrelated, 5 % re-posts, dated over 365 days (publication and the date in the
 * lead alike: clustering compares dates, so one shared date would make every pair a candidate). Everything runs
 * on ONE thread (Node, no workers), so articles/s is also the per-core figure. One warm-up pass over 1,000
 * articles, then 3 measured rounds (1 with --quick). A second table times parseArticlePage on nested pages.
 */

const N = 10_000;

function ms(from: number): number {
  return performance.now() - from;
}

/** `depth` nested divs around one paragraph, about `bytes` long (a hostile page). */
function nested(bytes: number): string {
  const open = '<div class="x">';
  const depth = Math.floor(bytes / (open.length + 6));
  return `<html><body><article class="entry-content">${open.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</article></body></html>`;
}

/** One pass of every stage over `items`: milliseconds per stage and what came out. */
function pass(items: Synthetic[]) {
  const texts: string[] = [];
  let t = performance.now();
  for (const a of items)
    texts.push(
      a.fragment
        ? htmlFragmentToText(a.html, a.title)
        : parseArticlePage(a.html, { url: `https://news.example/${a.id}/` }).text,
    );
  const parseMs = ms(t);
  t = performance.now();
  const cluster: ClusterInput[] = items.map((a, i) => {
    const input = { id: a.id, title: a.title, published: a.published, text: texts[i] ?? '' };
    return { input, result: extractArticle(input) };
  });
  const extractMs = ms(t);
  t = performance.now();
  const index = new NearDupIndex();
  const hashes = new Set<string>();
  let dups = 0;
  for (const [i, text] of texts.entries()) {
    const h = contentHash(text);
    simhash(text);
    const exact = hashes.has(h);
    hashes.add(h);
    if (index.check(items[i]?.id ?? String(i), text).length > 0 || exact) dups++;
  }
  const dedupMs = ms(t);
  t = performance.now();
  const events = new Set(clusterArticles(cluster).filter((x) => x !== null)).size;
  const clusterMs = ms(t);
  const relevant = cluster.filter((c) => c.result.relevant).length;
  return { parseMs, extractMs, dedupMs, clusterMs, relevant, dups, events };
}

/** Rows: parse, extract, dedup, cluster and total for 10,000 articles (median and spread); nested-div parse times. */
export async function run(): Promise<Record<string, string | number>[]> {
  const items = corpus(N);
  const measured = await rounds((r) => pass(r < 0 ? items.slice(0, 1000) : items));
  const row = (stage: string, msOf: (m: (typeof measured)[number]) => number) => {
    const secs = spread(measured.map((m) => msOf(m) / 1000));
    return {
      stage,
      articles: N,
      seconds: fmt(secs, 2),
      'articles/s (= per core, 1 thread)': fmt(spread(measured.map((m) => N / (msOf(m) / 1000)))),
      'µs/article': Math.round((secs.median * 1e6) / N),
    };
  };
  const last = measured[measured.length - 1];
  const rows: Record<string, string | number>[] = [
    row('parse', (m) => m.parseMs),
    row('extract', (m) => m.extractMs),
    row('dedup (hash, simhash, NearDupIndex)', (m) => m.dedupMs),
    row('clusterArticles', (m) => m.clusterMs),
    {
      ...row('total', (m) => m.parseMs + m.extractMs + m.dedupMs + m.clusterMs),
      note: `relevant ${last?.relevant}, near/exact dups ${last?.dups}, events ${last?.events}; 365 days`,
    },
  ];
  for (const kb of [256, 512, 1024, 2048]) {
    const html = nested(kb * 1024);
    const t = performance.now();
    parseArticlePage(html, { url: 'https://hostile.test/deep' });
    rows.push({ stage: `parse ${kb} KB of nested divs`, articles: 1, seconds: (ms(t) / 1000).toFixed(2) });
  }
  rows.push({ stage: 'load average', note: String(load()) });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run());
}
