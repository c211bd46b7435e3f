/**
 * What an alert is about: one item of one event. Besides a document (agreement), a subscriber may ask to hear
 * of the event itself (a visit or meeting with a named official, any event of a kind) or of a new trade or
 * investment figure. Each item has a stable key starting with the event id; deliveries are recorded per
 * (item key, subscriber, channel), so each is sent at most once whatever the runs do.
 */
import { createHash } from 'node:crypto';
import type { Agreement, Event, Figure } from '../domain/index.ts';
import { agreementKey, normalise } from './matching.ts';

/** The kinds of thing a subscription can be triggered by. */
export const TRIGGERS = ['agreement', 'event', 'figure'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** One alertable item of an event. */
export type AlertItem =
  | { trigger: 'agreement'; key: string; agreement: Agreement }
  | { trigger: 'event'; key: string }
  | { trigger: 'figure'; key: string; figure: Figure };

/** Figures worth an alert: the relationship's money and project numbers, not the "other" bucket. */
const ALERT_METRICS = new Set<Figure['metric']>(['trade_turnover', 'investment', 'project_portfolio']);

/** The key of the event itself: `<eventId>#event`. */
export function eventItemKey(eventId: string): string {
  return `${eventId}#event`;
}

/**
 * The key of a figure: `<eventId>#figure#<hash of metric, value, unit, year>`; a figure re-stated by another
 * report (same numbers, other wording) has the same key, a revised value a new one.
 */
export function figureKey(eventId: string, f: Figure): string {
  const id = `${f.metric}|${f.value}|${f.unit.toUpperCase()}|${f.year ?? ''}`;
  return `${eventId}#figure#${createHash('sha256').update(id).digest('hex').slice(0, 20)}`;
}

/** An agreement as an item. */
export function agreementItem(eventId: string, agreement: Agreement): AlertItem {
  return { trigger: 'agreement', key: agreementKey(eventId, agreement), agreement };
}

/** The event and its alertable figures as items (agreements are queued by the merge, which knows the new ones). */
export function eventAndFigureItems(event: Event): AlertItem[] {
  const out: AlertItem[] = [{ trigger: 'event', key: eventItemKey(event.id) }];
  const seen = new Set<string>();
  for (const figure of event.figures) {
    const key = figureKey(event.id, figure);
    if (!ALERT_METRICS.has(figure.metric) || seen.has(key)) continue;
    seen.add(key);
    out.push({ trigger: 'figure', key, figure });
  }
  return out;
}

/** Every item of an event by key: agreements, figures and the event itself. */
export function itemsByKey(event: Event): Map<string, AlertItem> {
  const all = [...event.agreements.map((a) => agreementItem(event.id, a)), ...eventAndFigureItems(event)];
  return new Map(all.map((i) => [i.key, i]));
}

/** The items of an event named by the given keys (keys of documents re-titled since are gone). */
export function itemsForKeys(event: Event, keys: Iterable<string>): AlertItem[] {
  const byKey = itemsByKey(event);
  return [...keys].map((k) => byKey.get(k)).filter((i): i is AlertItem => !!i);
}

/** The agreements among items. */
export function agreementsOf(items: AlertItem[]): Agreement[] {
  return items.flatMap((i) => (i.trigger === 'agreement' ? [i.agreement] : []));
}

/** The figures among items. */
export function figuresOf(items: AlertItem[]): Figure[] {
  return items.flatMap((i) => (i.trigger === 'figure' ? [i.figure] : []));
}

/**
 * The identity of an item in the world, independent of the event id: a document by its date, type, status and
 * title; a figure by its numbers; an event by its date, kind and people. Deliveries are also claimed under it,
 * so one happening that ended up as two events (or an event whose id changed) is not alerted twice.
 */
export function worldKey(event: Event, item: AlertItem): string {
  const day = event.eventDate ?? '';
  const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 20);
  if (item.trigger === 'agreement') {
    const a = item.agreement;
    return `same#doc#${day}#${a.docType}#${a.status}#${hash(normalise(a.title))}`;
  }
  if (item.trigger === 'figure') return `same#${figureKey('figure', item.figure)}`;
  const people = event.participants.map((p) => normalise(p.name)).sort();
  return `same#event#${day}#${event.kind}#${hash(people.join('|'))}`;
}
