import { createHash } from 'node:crypto';
import type { ArticleInput, ExtractResult } from '../domain/index.ts';
import { mergePeople } from './merge.ts';
import { personKey } from './names.ts';
import { NearDupIndex } from './neardup.ts';
import {
  type EventCandidate,
  kindFamily,
  type SameEventVerdict,
  sameEvent,
  toCandidate,
} from './same-event.ts';
import { canonicalUrl } from './url.ts';

/** One article with its extraction, as the `cluster` command sees it. */
export interface ClusterInput {
  input: ArticleInput;
  result: ExtractResult;
}

interface Cluster {
  members: EventCandidate[];
  /** The members folded into one candidate: what a stored event would look like. */
  merged: EventCandidate;
  /** Creation order: candidates are tried in it, so results match a full scan. */
  order: number;
}

/** Sort key independent of input order: date anchor, then stable key. */
function anchor(c: EventCandidate): string {
  return c.eventDate ?? c.published[0] ?? '~';
}

function compareCandidates(a: EventCandidate, b: EventCandidate): number {
  const x = anchor(a);
  const y = anchor(b);
  if (x !== y) return x < y ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function fold(into: EventCandidate, c: EventCandidate): EventCandidate {
  return {
    ...into,
    kind: into.kind === 'other' ? c.kind : into.kind,
    eventDate: into.eventDate ?? c.eventDate,
    location: into.location ?? c.location,
    participants: mergePeople(into.participants, c.participants),
    published: [...new Set([...into.published, ...c.published])].sort(),
    shingles: null,
  };
}

/** The best verdict of a report against a cluster: its folded candidate, or a near-duplicate member. */
function verdict(c: EventCandidate, cluster: Cluster): SameEventVerdict {
  const v = sameEvent(c, cluster.merged);
  if (v.same) return v;
  for (const m of cluster.members) {
    const w = sameEvent(c, m);
    if (w.same && w.nearDuplicate) return w;
  }
  return v;
}

/**
 * A stable event id from a cluster's first member (in date-then-key order): event date + participants +
 * kind family, so re-running gives the same id whatever the input order; the member's key when the event
 * has no date or no participants.
 */
function eventIdFor(first: EventCandidate, taken: Set<string>): string {
  const date = anchor(first);
  const people = first.participants.map((p) => personKey(p.name)).sort();
  let basis =
    date !== '~' && people.length > 0
      ? `${date}|${people.join(',')}|${kindFamily(first.kind)}`
      : `key|${first.key}`;
  if (taken.has(basis)) basis = `${basis}|${first.key}`;
  taken.add(basis);
  return `ev_${createHash('sha256').update(basis).digest('hex').slice(0, 16)}`;
}

function candidateOf(item: ClusterInput): EventCandidate | null {
  const { input, result } = item;
  if (!result.relevant || !result.event) return null;
  const url = input.url ? canonicalUrl(input.url) : `id:${input.id}`;
  // a whole HTML page shares its site's navigation with every other page: no text evidence from it
  return toCandidate(result.event, {
    url,
    published: input.published ?? null,
    lang: input.lang ?? 'other',
    outlet: input.outlet ?? '',
    title: input.title ?? '',
    ...(input.text !== undefined ? { text: input.text } : {}),
  });
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** Every date a report or cluster can be compared on: event date and publication dates, as day numbers. */
function daysOf(c: EventCandidate): number[] {
  return [...(c.eventDate ? [c.eventDate] : []), ...c.published].map(dayNumber);
}

/** Dates further apart than this never match (sameEvent allows ±1 for event dates, ±2 for published). */
const DAY_REACH = 3;

/**
 * Clusters that could match a report: those with a date within reach of one of its dates, and those holding
 * a near-duplicate of its text, in creation order (so the outcome is the same as scanning them all).
 */
function reachable(c: EventCandidate, byDay: Map<number, Set<Cluster>>, nearDup: Cluster[]): Cluster[] {
  const found = new Set<Cluster>(nearDup);
  for (const day of daysOf(c))
    for (let d = day - DAY_REACH; d <= day + DAY_REACH; d++) for (const k of byDay.get(d) ?? []) found.add(k);
  return [...found].sort((a, b) => a.order - b.order);
}

/**
 * Assigns an event id to each article (../shared/CONTRACT.md `cluster`): articles on the same real-world
 * event share one id; irrelevant articles get null. Greedy clustering in date-then-key order (each report
 * joins the best-matching event so far, else starts one), so the result does not depend on input order.
 * Only clusters within a few days, or holding a near-duplicate text, are compared: near-linear in the input.
 */
export function clusterArticles(items: ClusterInput[]): Array<string | null> {
  const candidates = items.map(candidateOf);
  const order = candidates
    .map((c, i) => ({ c, i }))
    .filter((x): x is { c: EventCandidate; i: number } => x.c !== null)
    .sort(
      (a, b) =>
        compareCandidates(a.c, b.c) || (items[a.i]?.input.id ?? '').localeCompare(items[b.i]?.input.id ?? ''),
    );
  const clusters: Cluster[] = [];
  const clusterOf = new Map<number, Cluster>();
  const byDay = new Map<number, Set<Cluster>>();
  const texts = new NearDupIndex();
  for (const { c, i } of order) {
    const text = items[i]?.input.text;
    const nearDup = text ? texts.query(text).map((m) => clusterOf.get(Number(m.id)) as Cluster) : [];
    let best: { cluster: Cluster; score: number } | null = null;
    for (const cluster of reachable(c, byDay, nearDup)) {
      const v = verdict(c, cluster);
      if (v.same && (!best || v.score > best.score)) best = { cluster, score: v.score };
    }
    let cluster = best?.cluster;
    if (cluster) {
      cluster.members.push(c);
      cluster.merged = fold(cluster.merged, c);
    } else {
      cluster = { members: [c], merged: { ...c, shingles: null }, order: clusters.length };
      clusters.push(cluster);
    }
    clusterOf.set(i, cluster);
    if (text) texts.add(String(i), text);
    for (const day of daysOf(c)) {
      const set = byDay.get(day);
      if (set) set.add(cluster);
      else byDay.set(day, new Set([cluster]));
    }
  }
  const taken = new Set<string>();
  const ids = new Map<Cluster, string>();
  for (const cluster of clusters) ids.set(cluster, eventIdFor(cluster.members[0] as EventCandidate, taken));
  return items.map((_, i) => {
    const cluster = clusterOf.get(i);
    return cluster ? (ids.get(cluster) ?? null) : null;
  });
}
