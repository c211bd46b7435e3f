import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_CREDENTIALS } from '../config.ts';
import type { Article, Delivery, Event, Metric, SourceState, Subscriber } from '../domain/index.ts';
import * as articles from './articles.ts';
import { bulkLoadEvents } from './bulk-load.ts';
import type { StoreContext } from './context.ts';
import * as deliveries from './deliveries.ts';
import { reindexEvent } from './event-index.ts';
import * as listing from './event-listing.ts';
import * as reports from './event-reports.ts';
import * as views from './event-view.ts';
import * as events from './events.ts';
import * as figures from './figures.ts';
import * as filtered from './filtered-listing.ts';
import { announcing, getListVersion, localListGeneration } from './list-version.ts';
import type { EventQuery, Page, RecentEventsQuery, Store } from './port.ts';
import * as sources from './sources.ts';
import * as subscribers from './subscribers.ts';

/** Options of the DynamoDB store. */
export interface StoreOptions {
  tableName: string;
  /** A local endpoint (dynalite, DynamoDB Local); unset in AWS. */
  endpoint?: string;
  region?: string;
  /** A ready document client (tests, or to share one client); `endpoint`/`region` are then ignored. */
  client?: DynamoDBDocumentClient;
  /** Clock, for tests of leases and counter windows. */
  now?: () => Date;
  /** How long a claimed delivery blocks other claimants (default 15 minutes). */
  deliveryLeaseSeconds?: number;
}

/**
 * The Store port on one DynamoDB table (single-table design, see DESIGN.md). Each method is a thin call
 * into the module that owns that part of the key space. Every method that changes what a list, facet,
 * agreements or figures page shows is wrapped in `announcing` (list-version.ts), here and only here: callers
 * (ingestion, merges, moves, reindex, bulk loads) cannot forget to announce a change.
 */
export class DynamoStore implements Store {
  private readonly ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.ctx = ctx;
  }

  putArticleIfNew = (a: Article) => articles.putArticleIfNew(this.ctx, a);
  updateArticle = (a: Article) => articles.updateArticle(this.ctx, a);
  getArticle = (id: string) => articles.getArticle(this.ctx, id);
  getArticles = (ids: string[]) => articles.getArticles(this.ctx, ids);
  claimKey = (key: string, articleId: string) => articles.claimKey(this.ctx, key, articleId);
  listKeyMembers = (key: string) => articles.listKeyMembers(this.ctx, key);
  addKeyMember = (key: string, articleId: string) => articles.addKeyMember(this.ctx, key, articleId);
  removeKeyMember = (key: string, member: string) => articles.removeKeyMember(this.ctx, key, member);
  countAltUrlOverflow = (articleId: string) => articles.countAltUrlOverflow(this.ctx, articleId);

  createEvent = this.announce((e: Event) => events.createEvent(this.ctx, e));
  updateEvent = this.announce((e: Event, expectedVersion: number) =>
    events.updateEvent(this.ctx, e, expectedVersion),
  );
  getEvent = (id: string) => events.getEvent(this.ctx, id);
  listRecentEvents = (q: RecentEventsQuery): Promise<Page<Event>> => listing.listRecentEvents(this.ctx, q);
  listEvents = (q: EventQuery): Promise<Page<Event>> => filtered.listEvents(this.ctx, q);
  listEventsJson = (q: EventQuery): Promise<Page<string>> => filtered.listEventsJson(this.ctx, q);
  getFigureSeries = (metric: Metric, range?: { fromYear?: number; toYear?: number }) =>
    figures.getFigureSeries(this.ctx, metric, range);
  reindexEvent = this.announce((e: Event) => reindexEvent(this.ctx, e));
  markViewsComplete = this.announce(() => views.markViewsComplete(this.ctx));
  getListVersion = () => getListVersion(this.ctx);
  localListGeneration = () => localListGeneration();
  listEventsByDateRange = (from: string, to: string) => listing.listEventsByDateRange(this.ctx, from, to);
  listUndatedEvents = (limit: number) => listing.listUndatedEvents(this.ctx, limit);
  // a report re-credits the event's figures to its sources (the series' samples /figures shows)
  putEventReport = this.announce((eventId: string, key: string, report: unknown) =>
    reports.putEventReport(this.ctx, eventId, key, report),
  );
  listEventReports = (eventId: string) => reports.listEventReports(this.ctx, eventId);
  // not announced: a deleted report changes no page (the move that deletes it writes the events, which do)
  deleteEventReport = (eventId: string, key: string) => reports.deleteEventReport(this.ctx, eventId, key);
  redirectEvent = this.announce((fromId: string, toId: string, expectedVersion: number) =>
    reports.redirectEvent(this.ctx, fromId, toId, expectedVersion),
  );
  getEventRedirect = (id: string) => reports.getEventRedirect(this.ctx, id);
  getEventRedirectVersion = (id: string) => reports.getEventRedirectVersion(this.ctx, id);

  getSourceState = (sourceId: string) => sources.getSourceState(this.ctx, sourceId);
  putSourceState = (s: SourceState) => sources.putSourceState(this.ctx, s);
  listSourceStates = () => sources.listSourceStates(this.ctx);
  putItemFailure = (sourceId: string, url: string, reason: string) =>
    sources.putItemFailure(this.ctx, sourceId, url, reason);
  listItemFailures = (sourceId: string) => sources.listItemFailures(this.ctx, sourceId);
  clearItemFailure = (sourceId: string, url: string) => sources.clearItemFailure(this.ctx, sourceId, url);
  seenUrls = (sourceId: string, urls: string[]) => sources.seenUrls(this.ctx, sourceId, urls);
  markUrlsSeen = (sourceId: string, urls: string[]) => sources.markUrlsSeen(this.ctx, sourceId, urls);

  putSubscriberIfNew = (s: Subscriber) => subscribers.putSubscriberIfNew(this.ctx, s);
  updateSubscriber = (s: Subscriber) => subscribers.updateSubscriber(this.ctx, s);
  getSubscriber = (id: string) => subscribers.getSubscriber(this.ctx, id);
  getSubscriberByEmail = (email: string) => subscribers.getSubscriberByEmail(this.ctx, email);
  getSubscriberByTokenHash = (hash: string) => subscribers.getSubscriberByTokenHash(this.ctx, hash);
  listConfirmedSubscribers = () => subscribers.listConfirmedSubscribers(this.ctx);
  claimDelivery = (alertKey: string, subscriberId: string) =>
    deliveries.claimDelivery(this.ctx, alertKey, subscriberId);
  finishDelivery = (d: Delivery) => deliveries.finishDelivery(this.ctx, d);
  getDelivery = (alertKey: string, subscriberId: string) =>
    deliveries.getDelivery(this.ctx, alertKey, subscriberId);
  listDeliveries = (alertKey: string) => deliveries.listDeliveries(this.ctx, alertKey);
  adoptDelivery = (delivery: Delivery) => deliveries.adoptDelivery(this.ctx, delivery);
  incrementCounter = (key: string, windowSeconds: number) =>
    sources.incrementCounter(this.ctx, key, windowSeconds);

  /** Writes NEW events with all their derived items in batches (bulk-load.ts: bench stores, imports). */
  bulkLoadEvents = this.announce((events: Event[]) => bulkLoadEvents(this.ctx, events));

  /** A writer that bumps the list version after it ran (list-version.ts). */
  private announce<A extends unknown[], R>(write: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return announcing(() => this.ctx, write);
  }

  /** Releases the SDK client's sockets (tests and the local stack; Lambdas keep theirs for warm starts). */
  destroy(): void {
    this.ctx.doc.destroy();
  }
}

/**
 * The SDK's default logger discards everything, yet its logging middleware still builds a redacted copy of every
 * request and response for it (`logger.info?.(…)` evaluates its argument: a walk of every item read, 1–3 % of a
 * list request's server CPU in the API bench's profiles). A logger without `info` skips that walk; like the
 * default, it discards the rest.
 */
const SILENT_LOGGER = { trace() {}, debug() {}, warn() {}, error() {} } as unknown as NonNullable<
  DynamoDBClientConfig['logger']
>;

/** A document client on a table's endpoint: dummy credentials and us-east-1 for local endpoints. */
export function createDocumentClient(opts: { endpoint?: string; region?: string }): DynamoDBDocumentClient {
  const base = new DynamoDBClient({
    logger: SILENT_LOGGER,
    ...(opts.endpoint
      ? { endpoint: opts.endpoint, region: opts.region ?? 'us-east-1', credentials: LOCAL_CREDENTIALS }
      : opts.region
        ? { region: opts.region }
        : {}),
  });
  return DynamoDBDocumentClient.from(base, {
    // Optional fields may be undefined in memory; DynamoDB rejects undefined, so they are simply left out.
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** The project's Store on DynamoDB (AWS, dynalite or DynamoDB Local: same calls everywhere). */
export function createStore(opts: StoreOptions): DynamoStore {
  return new DynamoStore({
    doc: opts.client ?? createDocumentClient(opts),
    table: opts.tableName,
    now: opts.now ?? (() => new Date()),
    knownMonths: new Set(),
    deliveryLeaseSeconds: opts.deliveryLeaseSeconds ?? deliveries.DELIVERY_LEASE_SECONDS,
  });
}
