import { hash } from 'node:crypto';
import { type BlockingRules, blockingRules } from './blocking.ts';
import { datesFit, linkable, mixesDates, reachable, spansFit } from './candidate-checks.ts';
import { checkedModel, DEFAULT_MODEL, type LinkageModel, linkScore, scoreOf } from './linkage.ts';
import { FEATURES, pairFeatures, withContent } from './pair.ts';
import { prepared } from './prepared.ts';
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

/**
 * How much more (log-odds) a report with no date at all (no event date, no publication day) must link to
 * join a cluster with dated members, or a dated report one with such members: the same principals meet
 * every year, in the same words, so who, where and the language's boilerplate fit every year's meeting
 * alike, and only stronger content should tie an undated report to one year's. Chosen on the dev sets
 * (mixed dev F1 0.932 at 0.5, 0.937 at 1, 0.915 at 1.25; en/ru 0.940, 0.940, 0.912).
 */
const UNDATED_MARGIN = 1;

/** Links beyond ±this (log-odds) count as this in a cluster's mean: certainty enough either way. */
const LINK_CLAMP = 8;

/** A link clamped to ±LINK_CLAMP. */
function clamp(s: number): number {
  return Math.max(-LINK_CLAMP, Math.min(LINK_CLAMP, s));
}

/** How a report fits a cluster: best, worst and mean (clamped) link to the scored members. */
interface Fit {
  best: number;
  worst: number;
  mean: number;
  /** Mean part of the links from facts every meeting of the same people shares (who, where). */
  recurring?: number;
}

/**
 * Features true of every meeting of the same principals, whatever the year: who took part and where. For a
 * report with no date they cannot tell one year's meeting from another's.
 */
const RECURRING = new Set([
  'sidesSameDay',
  'sidesNoDate',
  'bothSides',
  'people2',
  'people1',
  'coverage',
  'counterpartConflict',
  'noSharedPerson',
  'placeSame',
  'placeDiffer',
]);
const RECURRING_AT = FEATURES.map((f) => RECURRING.has(f));

/**
 * A report is scored against at most this many members of a cluster (the first by key: the same sample
 * whatever the arrival order), so a cluster of hundreds of re-posts costs no more than a large one.
 */
const MAX_MEMBERS = 24;

/** The last sample of each member list, kept while the list keeps its length (lists only ever grow). */
const sampleMemo = new WeakMap<readonly Report[], { size: number; sample: readonly Report[] }>();

/** The members a report is scored against (see MAX_MEMBERS), sorted once per list size, not per report. */
function sample(members: readonly Report[]): readonly Report[] {
  if (members.length <= MAX_MEMBERS) return members;
  const known = sampleMemo.get(members);
  if (known && known.size === members.length) return known.sample;
  const out = [...members].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, MAX_MEMBERS);
  sampleMemo.set(members, { size: members.length, sample: out });
  return out;
}

/** Whether a member list holds a report of this key. */
function holds(members: readonly Report[], key: string): boolean {
  for (const m of members) if (m.key === key) return true;
  return false;
}

/** A stable event id from a cluster's canonical key: the smallest member key, whatever the arrival order. */
export function eventIdFor(keys: Iterable<string>): string {
  let min: string | null = null;
  for (const k of keys) if (min === null || k < min) min = k;
  return `ev_${hash('sha256', `cluster|${min ?? ''}`, 'hex').slice(0, 20)}`;
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
  /** Which pairs the model proves can never link: what candidate lookups may skip (see `BlockingRules`). */
  readonly rules: BlockingRules;

  constructor(model: LinkageModel = DEFAULT_MODEL) {
    this.model = checkedModel(model);
    this.rules = blockingRules(this.model, LINK_CLAMP);
  }

  /**
   * How a report fits a cluster: the mean link to its members (each link clamped, so one noisy member neither
   * carries nor sinks the cluster alone), the best link, and the worst (a hard contradiction).
   */
  private fit(report: Report, members: readonly Report[]): Fit {
    let best = Number.NEGATIVE_INFINITY;
    let worst = Number.POSITIVE_INFINITY;
    let sum = 0;
    const scored = sample(members);
    for (const m of scored) {
      const s = linkScore(report, m, this.model);
      if (s > best) best = s;
      if (s < worst) worst = s;
      sum += clamp(s);
    }
    return { best, worst, mean: scored.length > 0 ? sum / scored.length : Number.NEGATIVE_INFINITY };
  }

  /**
   * `fit`, for a cluster worth scoring in full: null when the mean of the members' links bounded from their
   * facts alone (dates, people, kind, place; content counted at its best) misses the threshold. Exact: such a
   * cluster fails `accepts` too, the clamped mean being monotone in each link; the facts are computed once.
   */
  private fitIfPromising(report: Report, members: readonly Report[]): Fit | null {
    const scored = sample(members);
    if (scored.length === 0) return null;
    // plain loops, no callbacks: this runs for every candidate cluster of every report
    const facts = new Array<number[]>(scored.length);
    let bound = 0;
    for (let i = 0; i < scored.length; i++) {
      const f = pairFeatures(report, scored[i] as Report, true);
      facts[i] = f;
      bound += clamp(scoreOf(f, this.model));
    }
    if (bound / scored.length < this.model.threshold) return null;
    const weights = this.model.weights;
    let best = Number.NEGATIVE_INFINITY;
    let worst = Number.POSITIVE_INFINITY;
    let sum = 0;
    let recurring = 0;
    for (let i = 0; i < scored.length; i++) {
      const f = withContent(report, scored[i] as Report, facts[i] as number[]);
      const s = scoreOf(f, this.model);
      if (s > best) best = s;
      if (s < worst) worst = s;
      sum += clamp(s);
      for (let k = 0; k < f.length; k++)
        if (RECURRING_AT[k]) recurring += (weights[k] ?? 0) * (f[k] as number);
    }
    return { best, worst, mean: sum / scored.length, recurring: recurring / scored.length };
  }

  private accepts(f: { mean: number; worst: number }, margin = 0): boolean {
    return f.mean >= this.model.threshold + margin && f.worst >= this.model.veto;
  }

  /** Whether the members of two clusters agree: no dates far apart, some pair links, none contradicts. */
  agree(a: readonly Report[], b: readonly Report[]): boolean {
    if (!spansFit(a, b)) return false;
    let sum = 0;
    for (const x of sample(a)) {
      const f = this.fit(x, b);
      if (f.worst < this.model.veto) return false;
      sum += f.mean;
    }
    return a.length > 0 && sum / Math.min(a.length, MAX_MEMBERS) >= this.model.threshold;
  }

  /**
   * How much above the threshold a report must link to join these members: UNDATED_MARGIN when one side has
   * a date and the other none at all (either way round, so arrival order does not matter), else 0.
   */
  private margin(report: Report, members: readonly Report[]): number {
    return mixesDates(report, members) ? UNDATED_MARGIN : 0;
  }

  /** Decides where a report goes among candidate clusters (pure: the caller applies the placement). */
  decide(report: Report, candidates: readonly ClusterView[]): Placement {
    // each candidate's members are scanned for the report's own key once (they were twice), and the checks
    // run in a plain loop: this is the clusterer's inner loop
    let own: ClusterView | undefined;
    const fitting: Array<{ c: ClusterView; f: Fit }> = [];
    for (const c of candidates) {
      if (holds(c.reports, report.key)) {
        own ??= c;
        continue;
      }
      if (
        !datesFit(report, c.reports) ||
        !linkable(report, c.reports) ||
        !reachable(report, c.reports, this.rules)
      )
        continue;
      const f = this.fitIfPromising(report, c.reports);
      if (f !== null && this.accepts(f, this.margin(report, c.reports))) fitting.push({ c, f });
    }
    fitting.sort((x, y) => y.f.mean - x.f.mean || (x.c.id < y.c.id ? -1 : 1));
    // a report without any date fitting several clusters: who took part and where recur in every year's
    // meeting of the same people, so the choice rests on the rest (kind, content)
    if (prepared(report).window === null && fitting.length > 1) {
      const rest = (f: Fit) => f.mean - (f.recurring ?? 0);
      fitting.sort((x, y) => rest(y.f) - rest(x.f) || y.f.mean - x.f.mean);
    }
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
