/**
 * The real-report scorer: counts exactly as `../shared/eval/score.py` (the scorer outside checks run on hidden
 * real sets), so that `npm run eval` and that script agree to the third decimal. Any change here must keep that
 * agreement; `tests/eval/real-set.test.ts` runs both and compares.
 */
import { type Counts, judgeRow } from './real-judge.ts';

/** Gold labels of one real report (`../shared/dev/README.md` explains each field). */
export interface RealGold {
  relevant: boolean;
  kind?: string | null;
  eventDate?: string | null;
  eventDateInText?: boolean;
  eventDateAlt?: string[];
  location?: string | null;
  locationInText?: boolean;
  participants?: string[];
  participantsEn?: string[];
  agreements?: Array<{ docType?: string }>;
  figures?: Array<{ metric?: string; value?: number | string }>;
  cluster?: string | null;
}

/** One line of a real gold set: the article fields the CLI is given, plus its gold labels. */
export interface RealRow {
  id: string;
  url?: string;
  outlet?: string;
  published?: string | null;
  lang?: string;
  title?: string;
  text: string;
  gold: RealGold;
}

/** What the CLI printed for one article (`extract` or `cluster` line), as loosely as the Python scorer reads it. */
export type CliLine = Record<string, unknown>;

/** Precision, recall, F1 and the raw counts, rounded as the Python scorer prints them. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp_fp_fn: [number, number, number];
}

/** The scorer's result, field names as in score.py's JSON. */
export interface RealScore {
  n: number;
  rel: Prf;
  part: Prf;
  agr: Prf;
  fig: Prf;
  kind_acc: number | null;
  date_acc: number | null;
  date_traps_taken: number;
  location_acc: number | null;
  cluster: Prf;
}

/**
 * Python's `round(x, 3)`: correct rounding of the double, ties to even. `toFixed` breaks ties upwards, and a double
 * is an exact tie at three decimals only when it is an odd multiple of 1/16 (0.0625, 0.3125, …): those go to even.
 */
export function round3(x: number): number {
  const sixteenths = x * 16;
  if (Number.isInteger(sixteenths) && sixteenths % 2 !== 0) {
    const down = Math.floor(x * 1000) / 1000;
    return Math.round(down * 1000) % 2 === 0 ? down : Number((down + 0.001).toFixed(3));
  }
  return Number(x.toFixed(3));
}

function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: round3(p), r: round3(r), f1: round3(f), tp_fp_fn: [tp, fp, fn] };
}

function add(acc: number[], v: number[]): void {
  for (const [i, x] of v.entries()) acc[i] = (acc[i] ?? 0) + x;
}
const rate = (ok: number, n: number) => (n ? round3(ok / n) : null);

/** Scores `extract` and `cluster` output lines (by id) against the gold rows, exactly as score.py does. */
export function scoreReal(
  rows: RealRow[],
  extract: Map<string, CliLine>,
  cluster: Map<string, CliLine>,
): RealScore {
  const judged = rows.map((r) => judgeRow(r, extract.get(r.id) ?? {}));
  const sum = (k: 'rel' | 'part' | 'agr' | 'fig'): Prf => {
    const c: Counts = [0, 0, 0];
    for (const j of judged) add(c, j[k]);
    return prf(...c);
  };
  /** The share right among the rows counted for a field (score.py skips the others). */
  const accuracy = (k: 'kind' | 'date' | 'location') => {
    const counted = judged.filter((j) => j[k] !== null);
    return rate(counted.filter((j) => j[k]).length, counted.length);
  };
  return {
    n: rows.length,
    rel: sum('rel'),
    part: sum('part'),
    agr: sum('agr'),
    fig: sum('fig'),
    kind_acc: accuracy('kind'),
    date_acc: accuracy('date'),
    date_traps_taken: judged.filter((j) => j.trap).length,
    location_acc: accuracy('location'),
    cluster: clusterPairs(rows, cluster),
  };
}

/** Pairwise clustering over gold-relevant articles: a pair is predicted together when both share a non-null id. */
export function clusterPairs(rows: RealRow[], cluster: Map<string, CliLine>): Prf {
  const rel = rows.filter((r) => r.gold.relevant);
  const ids = rel.map((r) => (cluster.get(r.id)?.eventId as string | null | undefined) ?? null);
  let tp = 0, fp = 0, fn = 0; // biome-ignore format: counters
  for (let i = 0; i < rel.length; i++) {
    for (let j = i + 1; j < rel.length; j++) {
      const sameG = rel[i]?.gold.cluster === rel[j]?.gold.cluster;
      const sameP = ids[i] !== null && ids[i] === ids[j];
      tp += Number(sameG && sameP);
      fp += Number(sameP && !sameG);
      fn += Number(sameG && !sameP);
    }
  }
  return prf(tp, fp, fn);
}
