import type { ArticleInput, ExtractResult } from '../domain/index.ts';
import {
  type ClusterPort,
  type ClusterView,
  EventClusterer,
  eventIdFor,
  type Placement,
} from './clusterer.ts';
import { nameTokens } from './names.ts';
import { anchorDay } from './pair.ts';
import { type Report, reportOf } from './report.ts';
import { articleId, canonicalUrl } from './url.ts';

/** One article with its extraction, as the `cluster` command sees it. */
export interface ClusterInput {
  input: ArticleInput;
  result: ExtractResult;
}

/** Dates further apart than this are never compared (the model scores two days apart as a contradiction). */
const DAY_REACH = 3;
/** A blocking token shared by more clusters than this says nothing (a president in every report). */
const TOKEN_POSTINGS_CAP = 400;

interface Cluster {
  id: string;
  reports: Report[];
  /** Set when merged into another cluster: index entries pointing here resolve to it. */
  into: Cluster | null;
}

function days(r: Report): number[] {
  const out = new Set<number>();
  for (const d of [r.eventDate, r.published])
    if (d) out.add(Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000));
  return [...out];
}

/** Blocking tokens of an undated report: surnames of its people, else its distinctive names. */
function tokens(r: Report): string[] {
  const people = r.people.flatMap((p) => nameTokens(p.name).filter((t) => t.length > 2));
  return people.length > 0 ? people.map((t) => `p:${t}`) : r.names.map((t) => `n:${t}`);
}

/**
 * Clusters held in memory, as the `cluster` command, eval and the bench use them: blocked by day (every
 * member's event and publication day, ±3 days) and, for reports without any date, by people's surnames or
 * distinctive names. Near-linear: a report meets only the clusters of its days or tokens.
 */
export class MemoryClusters implements ClusterPort {
  private readonly all: Cluster[] = [];
  private readonly byDay = new Map<number, Cluster[]>();
  private readonly byToken = new Map<string, Cluster[]>();
  private readonly undatedByToken = new Map<string, Cluster[]>();
  private next = 0;

  private static live(c: Cluster): Cluster {
    let x = c;
    while (x.into) x = x.into;
    return x;
  }

  /** Candidate clusters of a report, synchronously (see `candidates`). */
  candidatesOf(r: Report): ClusterView[] {
    const found = new Set<Cluster>();
    const add = (list: Cluster[] | undefined) => {
      if (list && list.length <= TOKEN_POSTINGS_CAP) for (const c of list) found.add(MemoryClusters.live(c));
    };
    const ds = days(r);
    for (const day of ds) for (let d = day - DAY_REACH; d <= day + DAY_REACH; d++) add(this.byDay.get(d));
    for (const t of tokens(r)) add(ds.length > 0 ? this.undatedByToken.get(t) : this.byToken.get(t));
    return [...found].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async candidates(r: Report): Promise<ClusterView[]> {
    return this.candidatesOf(r);
  }

  private index(c: Cluster, r: Report): void {
    const push = (map: Map<string | number, Cluster[]>, k: string | number) => {
      const list = map.get(k);
      if (!list) map.set(k, [c]);
      else if (list[list.length - 1] !== c) list.push(c);
    };
    for (const d of days(r)) push(this.byDay as Map<string | number, Cluster[]>, d);
    for (const t of tokens(r)) {
      push(this.byToken as Map<string | number, Cluster[]>, t);
      if (anchorDay(r) === null) push(this.undatedByToken as Map<string | number, Cluster[]>, t);
    }
  }

  /** Applies a placement; returns the cluster the report is now in. */
  apply(r: Report, p: Placement): ClusterView {
    let target = p.target ? MemoryClusters.live(p.target as Cluster) : null;
    if (!target) {
      target = { id: `c${String(this.next++).padStart(9, '0')}`, reports: [], into: null };
      this.all.push(target);
    }
    if (!target.reports.some((x) => x.key === r.key)) target.reports.push(r);
    this.index(target, r);
    for (const a of p.absorbed) {
      const other = MemoryClusters.live(a as Cluster);
      if (other === target) continue;
      other.into = target;
      for (const x of other.reports) {
        target.reports.push(x);
        this.index(target, x);
      }
      other.reports = [];
    }
    return target;
  }

  /** The live cluster a view resolves to (after merges). */
  resolve(c: ClusterView): ClusterView {
    return MemoryClusters.live(c as Cluster);
  }
}

/** The stable key of an article: the stored article id of its canonical URL (the pipeline uses the same). */
export function articleKey(input: ArticleInput): string {
  return articleId(input.url ? canonicalUrl(input.url) : `id:${input.id}`);
}

/** The report of one clustered article, or null when it reports no relevant event. */
export function reportOfInput(item: ClusterInput): Report | null {
  const { input, result } = item;
  if (!result.relevant || !result.event) return null;
  return reportOf(result.event, {
    key: articleKey(input),
    published: input.published,
    lang: input.lang,
    title: input.title,
    text: input.text,
  });
}

/**
 * Assigns an event id to each article (../shared/CONTRACT.md `cluster`): articles on the same real-world
 * event share one id; irrelevant articles get null. Reports are placed by the `EventClusterer` in date-then-key
 * order (so the outcome does not depend on input order), and ids come from each cluster's canonical key, the
 * same id the ingest pipeline gives the stored event.
 */
export function clusterArticles(
  items: ClusterInput[],
  clusterer = new EventClusterer(),
): Array<string | null> {
  const reports = items.map(reportOfInput);
  const order = reports
    .map((r, i) => ({ r, i, day: r ? (anchorDay(r) ?? Number.MAX_SAFE_INTEGER) : 0 }))
    .filter((x): x is { r: Report; i: number; day: number } => x.r !== null)
    .sort((a, b) => a.day - b.day || (a.r.key < b.r.key ? -1 : a.r.key > b.r.key ? 1 : a.i - b.i));
  const memory = new MemoryClusters();
  const placed = new Map<number, ClusterView>();
  for (const { r, i } of order) placed.set(i, memory.apply(r, clusterer.decide(r, memory.candidatesOf(r))));
  const ids = new Map<ClusterView, string>();
  return items.map((_, i) => {
    const c = placed.get(i);
    if (!c) return null;
    const live = memory.resolve(c);
    let id = ids.get(live);
    if (!id) {
      id = eventIdFor(live.reports.map((x) => x.key));
      ids.set(live, id);
    }
    return id;
  });
}
