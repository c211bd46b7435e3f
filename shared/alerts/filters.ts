/**
 * A subscription is a saved `/events` query (kind, participant, docType, hasAgreement, q, lang) plus what it is
 * triggered by (documents, the event itself, figures). Each non-empty filter must match (AND); within one filter
 * any entry may match (OR). Keywords and `q` words match English and Russian (keywords.ts).
 */
import type { Agreement, Event, Subscriber, SubscriberFilters } from '../domain/index.ts';
import { type AlertItem, agreementItem, type Trigger } from './items.ts';
import { expandKeyword, expandParticipant } from './keywords.ts';
import { containsAny } from './matching.ts';
import { WORDS } from './template-words.ts';

/** The triggers of a subscription: documents only unless it says otherwise (older subscriptions). */
export function triggersOf(filters: SubscriberFilters): Trigger[] {
  return filters.triggers && filters.triggers.length > 0 ? filters.triggers : ['agreement'];
}

/**
 * The text keywords and `q` are looked for in: titles and summary of the event and sources, plus the item (a
 * figure with its metric named in both languages, so "trade" or "товарооборот" find a trade figure).
 */
function searchText(event: Event, item: AlertItem): string {
  const own =
    item.trigger === 'agreement'
      ? item.agreement.title
      : item.trigger === 'figure'
        ? `${item.figure.text} ${WORDS.en.metric[item.figure.metric]} ${WORDS.ru.metric[item.figure.metric]}`
        : '';
  const titles = [...event.agreements.map((a) => a.title), ...event.sources.map((s) => s.title)];
  return [own, event.title, event.summary, ...titles].join(' \n ');
}

/** Whether the event passes the saved query's event-level filters (the `/events` ones). */
function eventPasses(f: SubscriberFilters, event: Event): boolean {
  if (f.kinds && f.kinds.length > 0 && !f.kinds.includes(event.kind)) return false;
  if (f.hasAgreement !== undefined && f.hasAgreement !== event.agreements.length > 0) return false;
  if (f.sourceLang && !event.sources.some((s) => s.lang === f.sourceLang)) return false;
  if (f.participants.length > 0) {
    const wanted = f.participants.flatMap(expandParticipant);
    if (!event.participants.some((p) => containsAny(p.name, wanted, true))) return false;
  }
  return true;
}

/** Whether one item of an event passes a subscriber's filters. */
export function matchesItem(f: SubscriberFilters, event: Event, item: AlertItem): boolean {
  if (!triggersOf(f).includes(item.trigger) || !eventPasses(f, event)) return false;
  if (item.trigger === 'agreement') {
    if (item.agreement.status === 'planned' && !f.includePlanned) return false;
    if (f.docTypes.length > 0 && !f.docTypes.includes(item.agreement.docType)) return false;
  } else if (f.docTypes.length > 0 && !event.agreements.some((a) => f.docTypes.includes(a.docType))) {
    return false;
  }
  if (f.keywords.length === 0 && !f.q) return true;
  const text = searchText(event, item);
  if (f.keywords.length > 0 && !containsAny(text, f.keywords.flatMap(expandKeyword), false)) return false;
  if (f.q) {
    const words = f.q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!words.every((w) => containsAny(text, expandKeyword(w), false))) return false;
  }
  return true;
}

/**
 * Whether an agreement of an event passes a subscriber's filters: keywords are looked for in the event and
 * source titles and the agreement's own title; participants by (part of a) name, e.g. "Tokayev" or "Wang Yi".
 */
export function matchesFilters(filters: SubscriberFilters, event: Event, agreement: Agreement): boolean {
  return matchesItem(filters, event, agreementItem(event.id, agreement));
}

/** The items a subscriber should hear about, once each by key. */
export function itemsFor(sub: Subscriber, event: Event, candidates: AlertItem[]): AlertItem[] {
  const seen = new Set<string>();
  return candidates.filter((item) => {
    if (seen.has(item.key) || !matchesItem(sub.filters, event, item)) return false;
    seen.add(item.key);
    return true;
  });
}
