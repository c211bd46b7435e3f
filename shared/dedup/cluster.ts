import { createHash } from 'node:crypto';
import type { ArticleInput, ExtractResult } from '../domain/index.ts';
import { mergePeople } from './merge.ts';
import { personKey } from './names.ts';
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

/**
 * Assigns an event id to each article (../shared/CONTRACT.md `cluster`): articles on the same real-world
 * event share one id; irrelevant articles get null. Greedy clustering in date-then-key order (each report
 * joins the best-matching event so far, else starts one), so the result does not depend on input order.
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
  for (const { c, i } of order) {
    let best: { cluster: Cluster; score: number } | null = null;
    for (const cluster of clusters) {
      const v = verdict(c, cluster);
      if (v.same && (!best || v.score > best.score)) best = { cluster, score: v.score };
    }
    if (best) {
      best.cluster.members.push(c);
      best.cluster.merged = fold(best.cluster.merged, c);
      clusterOf.set(i, best.cluster);
    } else {
      const cluster = { members: [c], merged: { ...c, shingles: null } };
      clusters.push(cluster);
      clusterOf.set(i, cluster);
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
