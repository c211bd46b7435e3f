/**
 * Scores the real dev set (`../shared/dev/articles.jsonl`) through the very code the CLI runs (`extract` and
 * `cluster` on JSON Lines), counted as `../shared/eval/score.py` counts, on the whole set, per language and per
 * event fold. Folds keep every report of one event together, so a fold's score says how rules fitted on the
 * other events carry over to events they never saw.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { runCluster, runExtract } from '../cli/contract.ts';
import type { ClusterInput } from '../dedup/cluster.ts';
import { pairwiseF1 } from '../dedup/eval.ts';
import type { ArticleInput, ExtractResult } from '../domain/index.ts';
import { ValidationError } from '../errors.ts';
import { extractArticle } from '../extract/index.ts';
import { replayThroughPipeline } from '../pipeline/replay.ts';
import { type CliLine, type RealRow, type RealScore, scoreReal } from './real-score.ts';

/** Where the dev set sits: beside the repository, read at run time only (its texts are third-party). */
export const DEV_SET = '../shared/dev/articles.jsonl';

/** Number of event folds the dev set is split into. */
export const FOLDS = 4;

/** Reads a real gold set (one JSON object a line with `gold` labels). */
export function loadRealSet(path: string): RealRow[] {
  if (!existsSync(path)) throw new ValidationError(`no real gold set at ${path}`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const row = JSON.parse(l) as RealRow;
      if (typeof row.id !== 'string' || typeof row.gold !== 'object')
        throw new ValidationError(`${path}:${i + 1}: a real gold line needs "id" and "gold"`);
      return row;
    });
}

/** 32-bit FNV-1a over UTF-8 bytes: a stable hash that `/work`-side Python tools reproduce bit for bit. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

/** The fold of a row: by its gold event (all reports of one event together); negatives by their own id. */
export function foldOf(row: RealRow): number {
  const key = row.gold.relevant && row.gold.cluster ? row.gold.cluster : row.id;
  return fnv1a(key) % FOLDS;
}

/** The article line score.py sends: only these fields, and only when not null. */
function contractLine(r: RealRow): string {
  const out: Record<string, unknown> = {};
  for (const k of ['id', 'url', 'outlet', 'title', 'published', 'lang', 'text'] as const) {
    if (r[k] !== undefined && r[k] !== null) out[k] = r[k];
  }
  return JSON.stringify(out);
}

async function runCli(
  run: (i: Readable, o: Writable) => Promise<void>,
  payload: string,
): Promise<Map<string, CliLine>> {
  let text = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  await run(Readable.from([payload]), sink);
  const out = new Map<string, CliLine>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const o = JSON.parse(line) as CliLine;
    if (typeof o.id === 'string') out.set(o.id, o);
  }
  return out;
}

/** What the `extract` and `cluster` commands printed for a set of rows, by id, as score.py runs them. */
export async function runOnRows(
  rows: RealRow[],
): Promise<{ extracted: Map<string, CliLine>; clustered: Map<string, CliLine> }> {
  const payload = rows.map((r) => `${contractLine(r)}\n`).join('');
  return { extracted: await runCli(runExtract, payload), clustered: await runCli(runCluster, payload) };
}

/** Runs `extract` and `cluster` on a set of rows and scores them. Clustering sees only these rows. */
export async function scoreRows(rows: RealRow[]): Promise<RealScore> {
  const { extracted, clustered } = await runOnRows(rows);
  return scoreReal(rows, extracted, clustered);
}

/** Extractions by row id, shared by every subset's replay (extraction is the slow part). */
const extractions = new Map<string, ExtractResult>();

function clusterInput(r: RealRow): ClusterInput {
  const input: ArticleInput = {
    id: r.id,
    url: r.url,
    outlet: r.outlet,
    title: r.title,
    published: r.published,
    lang: r.lang as ArticleInput['lang'],
    text: r.text,
  };
  let result = extractions.get(r.id);
  if (!result) {
    try {
      result = extractArticle(input);
    } catch {
      result = { relevant: false, event: null };
    }
    extractions.set(r.id, result);
  }
  return { input, result };
}

/**
 * Pairwise clustering F1 of the deployed path: the rows replayed one at a time, in the set's (arrival) order,
 * through the ingest pipeline's event stage on a fresh in-memory store; counted over gold-relevant rows as
 * score.py counts the `cluster` command's ids.
 */
export async function pipelineClusterF1(rows: RealRow[]): Promise<number> {
  const ids = await replayThroughPipeline(rows.map(clusterInput));
  const gold = new Map(rows.filter((r) => r.gold.relevant).map((r) => [r.id, r.gold.cluster ?? null]));
  const pred = new Map(rows.map((r, i) => [r.id, ids[i] ?? null]));
  return pairwiseF1(gold, pred).f1;
}

/** The named subsets reported: the whole set, each language, each fold. */
export function subsets(rows: RealRow[]): Array<{ name: string; rows: RealRow[] }> {
  const out = [{ name: 'all', rows }];
  for (const lang of [...new Set(rows.map((r) => r.lang ?? 'en'))].sort())
    out.push({ name: `lang ${lang}`, rows: rows.filter((r) => (r.lang ?? 'en') === lang) });
  for (let k = 0; k < FOLDS; k++) out.push({ name: `fold ${k}`, rows: rows.filter((r) => foldOf(r) === k) });
  return out;
}

/**
 * One table row of the summary, in the order of the goals; `pipeline` (the pipeline path's clustering
 * F1) is an extra last column, after score.py's.
 */
export function formatRealRow(name: string, s: RealScore, pipeline?: number | null): string {
  const f = (x: number | null) => (x === null ? '  –  ' : x.toFixed(3));
  return [
    name.padEnd(8),
    String(s.n).padStart(4),
    f(s.rel.f1),
    f(s.part.f1),
    f(s.kind_acc),
    f(s.date_acc),
    String(s.date_traps_taken).padStart(5),
    f(s.location_acc),
    f(s.agr.f1),
    f(s.fig.f1),
    f(s.cluster.f1),
    ...(pipeline === undefined ? [] : [f(pipeline)]),
  ].join('  ');
}

/** The header matching `formatRealRow`. */
export const REAL_HEADER =
  'set          n  relev  parti  kind   date   traps  place  agree  figur  clust  pipe';
