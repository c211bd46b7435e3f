import { createHash } from 'node:crypto';
import { checkedModel, DEFAULT_MODEL, type LinkageModel, linkScore } from './linkage.ts';
import type { Report } from './report.ts';

/** A cluster as the clusterer sees it: an id and the reports of its members. */
export interface ClusterView {
  id: string;
  reports: readonly Report[];
}

/**
 * Where the clusterer reads candidate clusters for a report: in memory for the `cluster` command, the store
 * for the ingest pipeline (events near the report's date plus recent undated ones). Blocking is the port's
 * job, so no path compares all pairs.
 */
export interface ClusterPort {
  candidates(report: Report): Promise<ClusterView[]>;
}

/** What to do with one report: join `target` (null: start a new cluster), and fold `absorbed` into it. */
export interface Placement {
  target: ClusterView | null;
  /** Other candidate clusters the report links that agree with the target member by member. */
  absorbed: ClusterView[];
  /** Best link score to the target (log-odds), for diagnostics. */
  score: number | null;
}

/** Links beyond ±this (log-odds) count as this in a cluster's mean: certainty enough either way. */
const LINK_CLAMP = 8;

/**
 * A report is scored against at most this many members of a cluster (the first by key: the same sample
 * whatever the arrival order), so a cluster of hundreds of re-posts costs no more than a large one.
 */
const MAX_MEMBERS = 24;

/** Tokens two reports of one happening almost surely share: people's name stems and distinctive names. */
const evidenceMemo = new WeakMap<Report, Set<string>>();
function evidence(r: Report): Set<string> {
  let set = evidenceMemo.get(r);
  if (!set) {
    set = new Set([...r.personStems, ...r.names]);
    evidenceMemo.set(r, set);
  }
  return set;
}

/** Whether a report shares any evidence token with some member: a cheap filter before scoring. */
function linkable(report: Report, members: readonly Report[]): boolean {
  const mine = evidence(report);
  if (mine.size === 0) return true;
  for (const m of members) for (const t of evidence(m)) if (mine.has(t)) return true;
  return false;
}

/** The members a report is scored against (see MAX_MEMBERS). */
function sample(members: readonly Report[]): readonly Report[] {
  if (members.length <= MAX_MEMBERS) return members;
  return [...members].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, MAX_MEMBERS);
}

/** A stable event id from a cluster's canonical key: the smallest member key, whatever the arrival order. */
export function eventIdFor(keys: Iterable<string>): string {
  let min: string | null = null;
  for (const k of keys) if (min === null || k < min) min = k;
  return `ev_${createHash('sha256')
    .update(`cluster|${min ?? ''}`)
    .digest('hex')
    .slice(0, 20)}`;
}

/**
 * One clusterer for the pipeline, the `cluster` command, eval and the bench: record linkage with a fitted
 * pair model, decided at cluster level. A report joins the cluster whose best member link clears the
 * threshold on average over its members while no member falls below the veto (a cluster is checked against every member, so one report
 * cannot chain two happenings together); other clusters the report also joins are merged into it only when
 * their members agree with the target's members the same way.
 */
export class EventClusterer {
  readonly model: LinkageModel;

  constructor(model: LinkageModel = DEFAULT_MODEL) {
    this.model = checkedModel(model);
  }

  /**
   * How a report fits a cluster: the mean link to its members (each link clamped, so one noisy member neither
   * carries nor sinks the cluster alone), the best link, and the worst (a hard contradiction).
   */
  private fit(report: Report, members: readonly Report[]): { best: number; worst: number; mean: number } {
    let best = Number.NEGATIVE_INFINITY;
    let worst = Number.POSITIVE_INFINITY;
    let sum = 0;
    const scored = sample(members);
    for (const m of scored) {
      const s = linkScore(report, m, this.model);
      if (s > best) best = s;
      if (s < worst) worst = s;
      sum += Math.max(-LINK_CLAMP, Math.min(LINK_CLAMP, s));
    }
    return { best, worst, mean: scored.length > 0 ? sum / scored.length : Number.NEGATIVE_INFINITY };
  }

  private accepts(f: { mean: number; worst: number }): boolean {
    return f.mean >= this.model.threshold && f.worst >= this.model.veto;
  }

  /** Whether the members of two clusters agree: some pair links, none contradicts. */
  agree(a: readonly Report[], b: readonly Report[]): boolean {
    let sum = 0;
    for (const x of sample(a)) {
      const f = this.fit(x, b);
      if (f.worst < this.model.veto) return false;
      sum += f.mean;
    }
    return a.length > 0 && sum / Math.min(a.length, MAX_MEMBERS) >= this.model.threshold;
  }

  /** Decides where a report goes among candidate clusters (pure: the caller applies the placement). */
  decide(report: Report, candidates: readonly ClusterView[]): Placement {
    const fitting = candidates
      .filter((c) => !c.reports.some((r) => r.key === report.key) && linkable(report, c.reports))
      .map((c) => ({ c, f: this.fit(report, c.reports) }))
      .filter((x) => this.accepts(x.f))
      .sort((x, y) => y.f.mean - x.f.mean || (x.c.id < y.c.id ? -1 : 1));
    const own = candidates.find((c) => c.reports.some((r) => r.key === report.key));
    const first = own ? { c: own, f: { best: Number.POSITIVE_INFINITY, worst: 0, mean: 0 } } : fitting[0];
    if (!first) return { target: null, absorbed: [], score: null };
    const absorbed: ClusterView[] = [];
    const members = [...first.c.reports];
    for (const x of fitting) {
      if (x.c === first.c || !this.agree(members, x.c.reports)) continue;
      absorbed.push(x.c);
      members.push(...x.c.reports);
    }
    return { target: first.c, absorbed, score: Number.isFinite(first.f.best) ? first.f.best : null };
  }

  /** Places a report using candidates read through a port. */
  async place(report: Report, port: ClusterPort): Promise<Placement> {
    return this.decide(report, await port.candidates(report));
  }
}
