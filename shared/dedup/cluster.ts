import type { ArticleInput, ExtractResult } from '../domain/index.ts';
import { type BlockingRules, NO_RULES } from './blocking.ts';
import {
  type ClusterPort,
  type ClusterView,
  EventClusterer,
  eventIdFor,
  type Placement,
} from './clusterer.ts';
import { nameTokens } from './names.ts';
import { ANY, NOBODY, PersonDayIndex } from './person-index.ts';
import { anchorDay, dayNumber, prepared } from './prepared.ts';
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

/** The report's event and publication days (day numbers, parsed once per date string). */
function days(r: Report): number[] {
  const e = r.eventDate ? dayNumber(r.eventDate) : null;
  const p = r.published ? dayNumber(r.published) : null;
  if (e === null) return p === null ? [] : [p];
  return p === null || p === e ? [e] : [e, p];
}

/** The last report `tokens` was asked about, and its tokens. */
let lastTokens: { report: Report | null; tokens: string[] } = { report: null, tokens: [] };

/** Blocking tokens of an undated report: surnames of its people, else its distinctive names. */
function tokens(r: Report): string[] {
  // a report's tokens are read when its candidates are looked up and again when it is placed, one after the
  // other: the last report's are kept
  if (lastTokens.report === r) return lastTokens.tokens;
  const people = r.people.flatMap((p) => nameTokens(p.name).filter((t) => t.length > 2));
  const out = people.length > 0 ? people.map((t) => `p:${t}`) : r.names.map((t) => `n:${t}`);
  lastTokens = { report: r, tokens: out };
  return out;
}

/**
 * Adds the live clusters of a posting list unless it is too crowded to say anything (a function at module
 * level: an arrow made per lookup cost more than the lookup).
 */
function addLive(found: Set<Cluster>, list: Cluster[] | undefined): void {
  if (list && list.length <= TOKEN_POSTINGS_CAP) for (const c of list) found.add(MemoryClusters.live(c));
}

function push<K>(map: Map<K, Cluster[]>, k: K, c: Cluster): void {
  const list = map.get(k);
  if (!list) map.set(k, [c]);
  else if (list[list.length - 1] !== c) list.push(c);
}

/**
 * Clusters held in memory, as the `cluster` command, eval and the bench use them. Reports are blocked by
 * day (every member's event and publication day, ±3 days) and, for reports without any date, by people's
 * surnames or distinctive names. When the model proves it (`BlockingRules`), the day blocking narrows to
 * (participant key, day window): a report meets only clusters with a member of a near window that shares a
 * person with it (or has no people), the only clusters it could join, so outputs do not change while the
 * work per report stays flat as days fill up.
 */
export class MemoryClusters implements ClusterPort {
  private readonly byDay = new Map<number, Cluster[]>();
  /** Clusters by participant key and member window (used when the model proves the rules). */
  private readonly byPerson = new PersonDayIndex<Cluster>();
  private readonly byToken = new Map<string, Cluster[]>();
  private readonly undatedByToken = new Map<string, Cluster[]>();
  private readonly byKey = new Map<string, Cluster>();
  /** Clusters with a member of no date at all (rare: feeds date their items). */
  private readonly windowless = new Set<Cluster>();
  private next = 0;

  constructor(private readonly rules: BlockingRules = NO_RULES) {}

  static live(c: Cluster): Cluster {
    let x = c;
    while (x.into) x = x.into;
    return x;
  }

  /** Whether the plain day blocking would skip one of these days as too crowded (then it is used as is). */
  private crowded(ds: readonly number[]): boolean {
    for (const day of ds)
      for (let d = day - DAY_REACH; d <= day + DAY_REACH; d++)
        if ((this.byDay.get(d)?.length ?? 0) > TOKEN_POSTINGS_CAP) return true;
    return false;
  }

  /** Whether the day blocking meets a cluster from these days (a member's day within ±3 of one). */
  private near(c: Cluster, ds: readonly number[]): boolean {
    return c.reports.some((m) => days(m).some((x) => ds.some((y) => Math.abs(x - y) <= DAY_REACH)));
  }

  /** Candidate clusters of a report, synchronously (see `candidates`). */
  candidatesOf(r: Report): ClusterView[] {
    const found = new Set<Cluster>();
    const ds = days(r);
    const window = prepared(r).window;
    if (this.rules.dayGap === null || window === null || this.crowded(ds)) {
      for (const day of ds)
        for (let d = day - DAY_REACH; d <= day + DAY_REACH; d++) addLive(found, this.byDay.get(d));
    } else {
      const keys =
        this.rules.byPerson && r.people.length > 0
          ? [...this.byPerson.lookupKeys(prepared(r).peopleTokens), NOBODY]
          : [ANY];
      this.byPerson.query(keys, window[0], window[1], this.rules.dayGap, (c) =>
        found.add(MemoryClusters.live(c)),
      );
      // what the window index cannot hold, met as the day blocking meets it: the report's own cluster (the
      // same article again), and clusters with a member of no date at all (no window to be far from)
      const own = this.byKey.get(r.key);
      for (const c of own ? [own, ...this.windowless] : this.windowless) {
        const live = MemoryClusters.live(c);
        if (!found.has(live) && this.near(live, ds)) found.add(live);
      }
    }
    for (const t of tokens(r))
      addLive(found, ds.length > 0 ? this.undatedByToken.get(t) : this.byToken.get(t));
    return [...found].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  async candidates(r: Report): Promise<ClusterView[]> {
    return this.candidatesOf(r);
  }

  private index(c: Cluster, r: Report): void {
    for (const d of days(r)) push(this.byDay, d, c);
    const window = prepared(r).window;
    if (window && this.rules.dayGap !== null) {
      const people = this.rules.byPerson ? (r.people.length > 0 ? prepared(r).indexKeys : [NOBODY]) : [];
      this.byPerson.add([ANY, ...people], window[0], c);
    }
    if (!window) this.windowless.add(c);
    if (!this.byKey.has(r.key)) this.byKey.set(r.key, c);
    for (const t of tokens(r)) {
      push(this.byToken, t, c);
      if (anchorDay(r) === null) push(this.undatedByToken, t, c);
    }
  }

  /** Applies a placement; returns the cluster the report is now in. */
  apply(r: Report, p: Placement): ClusterView {
    let target = p.target ? MemoryClusters.live(p.target as Cluster) : null;
    if (!target) target = { id: `c${String(this.next++).padStart(9, '0')}`, reports: [], into: null };
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
  return clusterReports(items.map(reportOfInput), clusterer);
}

/**
 * `clusterArticles` on reports already built (`reportOfInput`, null for an irrelevant article): a caller that
 * builds each report as its article is extracted keeps only the reports, not every article and extraction,
 * which is what bounds the `cluster` command's memory on large inputs.
 */
export function clusterReports(
  reports: Array<Report | null>,
  clusterer = new EventClusterer(),
): Array<string | null> {
  const order = reports
    .map((r, i) => ({ r, i, day: r ? (anchorDay(r) ?? Number.MAX_SAFE_INTEGER) : 0 }))
    .filter((x): x is { r: Report; i: number; day: number } => x.r !== null)
    .sort((a, b) => a.day - b.day || (a.r.key < b.r.key ? -1 : a.r.key > b.r.key ? 1 : a.i - b.i));
  const memory = new MemoryClusters(clusterer.rules);
  const placed = new Map<number, ClusterView>();
  for (const { r, i } of order) placed.set(i, memory.apply(r, clusterer.decide(r, memory.candidatesOf(r))));
  const ids = new Map<ClusterView, string>();
  return reports.map((_, i) => {
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
