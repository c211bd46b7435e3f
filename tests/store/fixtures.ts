import { createHash } from 'node:crypto';
import type { Article, Event, SourceState, Subscriber } from '../../shared/domain/index.ts';
import { makeEvent } from '../helpers/events.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

const bodies = [
  'ASTANA – Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu met with Chinese Foreign Minister ' +
    'Wang Yi on the sidelines of the SCO Council of Foreign Ministers.\n\nThe sides discussed trade, transit ' +
    'and the construction of the third railway line at the Bakhty–Ayagoz border crossing.',
  'АСТАНА. КАЗИНФОРМ – Глава государства Касым-Жомарт Токаев провел телефонный разговор с Председателем КНР ' +
    'Си Цзиньпином.\n\nСтороны обсудили ход реализации договоренностей, достигнутых в ходе государственного визита.',
];

/** A stored article as the pipeline writes it (Kazinform-style URL, realistic body). */
export function makeArticle(n: number, over: Partial<Article> = {}): Article {
  const text = bodies[n % bodies.length] ?? '';
  return {
    id: `ar_${n.toString(36).padStart(8, '0')}`,
    url: `https://qazinform.com/news/kazakhstan-china-talks-${n}-a7d2f${n}`,
    altUrls: [],
    sourceId: 'kazinform-en',
    outlet: 'Kazinform',
    lang: n % 2 === 0 ? 'en' : 'ru',
    title: `Kazakhstan, China discuss transit and trade (${n})`,
    published: '2026-04-26T14:05:00+05:00',
    author: null,
    text: `${text}\n\n(${n})`,
    contentHash: sha(`${text}${n}`),
    simhash: (BigInt(n) * 0x9e3779b97f4a7c15n).toString(16).slice(-16).padStart(16, '0'),
    eventId: null,
    fetchedAt: '2026-04-26T09:10:11.000Z',
    ...over,
  };
}

/** An event on a given date (null = undated) built from the shared realistic generator. */
export function eventOn(n: number, eventDate: string | null, over: Partial<Event> = {}): Event {
  const base = makeEvent(n);
  const created = `${eventDate ?? '2026-03-01'}T08:00:00.000Z`;
  return { ...base, eventDate, createdAt: created, updatedAt: created, ...over };
}

/**
 * `count` events spread over the five months Feb–Jun 2026 (several on the same day, so ties are ordered
 * by id), in no particular order.
 */
export function eventsOverMonths(count: number, firstN = 1000): Event[] {
  return Array.from({ length: count }, (_, i) => {
    const month = 2 + (i % 5);
    const day = 1 + ((i * 7) % 28);
    return eventOn(firstN + i, `2026-0${month}-${String(day).padStart(2, '0')}`);
  });
}

/** Newest event date first, then id descending: the order of the recent-events index. */
export const recentOrder = (a: Event, b: Event) =>
  (b.eventDate ?? '').localeCompare(a.eventDate ?? '') || b.id.localeCompare(a.id);

/** A source state after a run. */
export function makeSourceState(sourceId: string, over: Partial<SourceState> = {}): SourceState {
  return {
    sourceId,
    etag: 'W/"5f2b-18c9a1"',
    lastModified: 'Sun, 26 Apr 2026 09:00:00 GMT',
    lastAttemptAt: '2026-04-26T09:10:00.000Z',
    lastSuccessAt: '2026-04-26T09:10:00.000Z',
    consecutiveFailures: 0,
    lastError: null,
    itemsSeen: 42,
    newestItemAt: '2026-04-26T08:55:00+05:00',
    outageAlertedAt: null,
    ...over,
  };
}

/** A subscriber (pending by default) with a token hash derived from `n`. */
export function makeSubscriber(n: number, over: Partial<Subscriber> = {}): Subscriber {
  return {
    id: `sub_${n.toString(36).padStart(6, '0')}`,
    email: `analyst${n}@example.org`,
    filters: { docTypes: ['memorandum'], keywords: ['railway'], participants: [], includePlanned: false },
    mode: 'instant',
    status: 'pending',
    tokenHash: sha(`token-${n}`),
    createdAt: '2026-04-20T10:00:00.000Z',
    confirmedAt: null,
    ...over,
  };
}

/** The hash a test token `token-<n>-<v>` would have. */
export const tokenHash = (s: string) => sha(s);
