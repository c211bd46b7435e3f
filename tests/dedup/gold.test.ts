import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ClusterInput, clusterArticles, pairwiseF1 } from '../../shared/dedup/index.ts';
import { type ArticleInput, ExtractResult } from '../../shared/domain/index.ts';
import { extractArticle } from '../../shared/extract/index.ts';

/** The gold set (tests/fixtures/gold): contract input lines and their labels, with a `cluster` key each. */
const DIR = new URL('../fixtures/gold/', import.meta.url);
const present = existsSync(new URL('articles.jsonl', DIR)) && existsSync(new URL('gold.jsonl', DIR));

interface GoldLabel {
  relevant: boolean;
  kind?: string;
  eventDate?: string | null;
  location?: string | null;
  participants?: string[];
  mentioned?: string[];
  agreements?: Array<{ docType: string; status: string; about: string }>;
  cluster?: string | null;
}

function readJsonl<T>(name: string): T[] {
  return readFileSync(new URL(name, DIR), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

function load() {
  const articles = readJsonl<ArticleInput>('articles.jsonl');
  const labels = new Map(readJsonl<{ id: string; gold: GoldLabel }>('gold.jsonl').map((g) => [g.id, g.gold]));
  const goldClusters = new Map(articles.map((a) => [a.id, labels.get(a.id)?.cluster ?? null]));
  return { articles, labels, goldClusters };
}

/** The extraction a perfect extractor would return, from the gold label. */
function oracle(label: GoldLabel | undefined): ExtractResult {
  if (!label?.relevant) return { relevant: false, event: null };
  const people = (names: string[] = []) => names.map((name) => ({ name, role: null, country: null }));
  return ExtractResult.parse({
    relevant: true,
    event: {
      kind: label.kind,
      eventDate: label.eventDate ?? null,
      location: label.location ?? null,
      participants: people(label.participants),
      mentioned: people(label.mentioned),
      agreements: (label.agreements ?? []).map((a) => ({
        docType: a.docType,
        status: a.status,
        title: a.about,
      })),
      figures: [],
      frameworks: [],
      topics: [],
    },
  });
}

function score(articles: ArticleInput[], results: ExtractResult[], goldClusters: Map<string, string | null>) {
  const items: ClusterInput[] = articles.map((input, i) => ({ input, result: results[i] as ExtractResult }));
  const ids = clusterArticles(items);
  return pairwiseF1(goldClusters, new Map(articles.map((a, i) => [a.id, ids[i] ?? null])));
}

describe.skipIf(!present)('clustering on the gold set', () => {
  it('clusters perfectly extracted gold events with pairwise F1 ≥ 0.95', () => {
    const { articles, labels, goldClusters } = load();
    const s = score(
      articles,
      articles.map((a) => oracle(labels.get(a.id))),
      goldClusters,
    );
    console.log(`gold clustering with oracle extraction (${articles.length} articles): ${JSON.stringify(s)}`);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('extract + cluster reaches pairwise F1 ≥ 0.95', () => {
    const { articles, goldClusters } = load();
    const results = articles.map((a) => {
      try {
        return extractArticle(a);
      } catch {
        return { relevant: false, event: null };
      }
    });
    const s = score(articles, results, goldClusters);
    console.log(`gold extract+cluster (${articles.length} articles): ${JSON.stringify(s)}`);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });
});
