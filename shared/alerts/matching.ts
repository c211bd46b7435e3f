import { createHash } from 'node:crypto';
import type { Agreement, Event, Subscriber, SubscriberFilters } from '../domain/index.ts';

/** Lower-case, NFKC, punctuation and quotes dropped, whitespace collapsed: for keys and matching. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The stable key of one agreement of one event: `<eventId>#<docType>#<hash of the normalised title>`, with
 * `#planned` appended for a document only announced. A merge that re-states the same document (other casing,
 * quotes, spacing) gives the same key, so only genuinely new documents alert; the later signing of an
 * announced document has its own key, so includePlanned subscribers hear of the signing too.
 */
export function agreementKey(eventId: string, agreement: Agreement): string {
  const digest = createHash('sha256').update(normalise(agreement.title), 'utf8').digest('hex').slice(0, 20);
  return `${eventId}#${agreement.docType}#${digest}${agreement.status === 'planned' ? '#planned' : ''}`;
}

/**
 * Whether any needle occurs in the haystack (both normalised) starting at a word boundary; `wholeWords` also
 * requires it to end at one. Prefix matching lets "rail" find "railway" and "соглашени" any case ending.
 */
function containsAny(haystack: string, needles: string[], wholeWords: boolean): boolean {
  const hay = ` ${normalise(haystack)} `;
  return needles.some((n) => {
    const needle = normalise(n);
    return needle.length > 0 && hay.includes(wholeWords ? ` ${needle} ` : ` ${needle}`);
  });
}

/**
 * Whether an agreement of an event passes a subscriber's filters. Each non-empty filter must match (AND);
 * within one filter any entry may match (OR). Keywords are looked for in the event and source titles and in
 * the agreement's own title; participants by (part of a) name, e.g. "Tokayev" or "Wang Yi".
 */
export function matchesFilters(filters: SubscriberFilters, event: Event, agreement: Agreement): boolean {
  if (agreement.status === 'planned' && !filters.includePlanned) return false;
  if (filters.docTypes.length > 0 && !filters.docTypes.includes(agreement.docType)) return false;
  if (filters.keywords.length > 0) {
    const text = [event.title, agreement.title, ...event.sources.map((s) => s.title)].join(' \n ');
    if (!containsAny(text, filters.keywords, false)) return false;
  }
  if (filters.participants.length > 0) {
    if (!event.participants.some((p) => containsAny(p.name, filters.participants, true))) return false;
  }
  return true;
}

/** The agreements of `candidates` a subscriber should hear about, each with its delivery key. */
export function agreementsFor(
  sub: Subscriber,
  event: Event,
  candidates: Agreement[],
): Array<{ key: string; agreement: Agreement }> {
  const seen = new Set<string>();
  const out: Array<{ key: string; agreement: Agreement }> = [];
  for (const agreement of candidates) {
    const key = agreementKey(event.id, agreement);
    if (seen.has(key) || !matchesFilters(sub.filters, event, agreement)) continue;
    seen.add(key);
    out.push({ key, agreement });
  }
  return out;
}
