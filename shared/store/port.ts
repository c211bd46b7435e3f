import type {
  Article,
  Delivery,
  DocType,
  Event,
  EventKind,
  Metric,
  SourceState,
  Subscriber,
} from '../domain/index.ts';

/** A page of results with an opaque cursor for the next page (null on the last page). */
export interface Page<T> {
  items: T[];
  cursor: string | null;
}

/** Query of recent events: newest event date first. Dates are `YYYY-MM-DD`, inclusive. */
export interface RecentEventsQuery {
  from?: string;
  to?: string;
  limit: number;
  /** Opaque cursor from a previous page. An invalid cursor throws ValidationError (field `cursor`). */
  cursor?: string | null;
}

/** Filters of an event listing beyond the date range; every given one must hold (AND). */
export interface EventFilters {
  kind?: EventKind;
  /** A person in any spelling or script (`Ван И` = `Wang Yi`): participants and mentioned people. */
  participant?: string;
  docType?: DocType;
  hasAgreement?: boolean;
  /** At least one document with this status (signed, or planned). */
  agreementStatus?: 'signed' | 'planned';
  /** Language of at least one source report. */
  lang?: string;
  /** Free text, Russian or English: every search word must occur in the event (names in any script). */
  q?: string;
}

/** A filtered listing: dates, page and filters. */
export interface EventQuery extends RecentEventsQuery, EventFilters {}

/** One distinct value of a figure series, with how many events reported it and (a sample of) its sources. */
export interface FigurePoint {
  metric: Metric;
  year: number | null;
  value: number;
  unit: string;
  text: string;
  /** How many events reported this value for this year (exact). */
  eventCount: number;
  /** Events of the sampled sources. */
  eventIds: string[];
  /** Up to 20 source reports, earliest report first. */
  sources: Array<{ outlet: string; url: string; reportDate: string | null; eventId: string }>;
}

/**
 * The persistence port. The DynamoDB adapter (`dynamo-store.ts`) is the only implementation: locally and in
 * tests it talks to dynalite or DynamoDB Local through the same SDK calls. Every method is a GetItem, a
 * Query or a conditional write: no Scan, no transactions. All writes are idempotent.
 */
export interface Store {
  // --- articles ---------------------------------------------------------------------------------------
  /** Stores an article if no article with its id exists yet. Returns false when it already existed. */
  putArticleIfNew(article: Article): Promise<boolean>;
  /** Replaces an existing article (e.g. to set eventId or add altUrls). */
  updateArticle(article: Article): Promise<void>;
  getArticle(id: string): Promise<Article | null>;
  /** Articles by id, in input order, skipping missing ones (BatchGet). */
  getArticles(ids: string[]): Promise<Article[]>;
  /**
   * Claims a dedup key (`url:<canonical>`, `hash:<sha256>`, `simband:<i>:<bits>` …) for an article id.
   * Returns the article id that owns the key: the given one when the claim succeeded, the earlier owner
   * when the key was already taken. Conditional put: concurrent runs agree on one owner.
   */
  claimKey(key: string, articleId: string): Promise<string>;
  /** All article ids registered under a multi-valued index key (near-dup LSH bands). */
  listKeyMembers(key: string): Promise<string[]>;
  /** Adds an article id under a multi-valued index key (idempotent). */
  addKeyMember(key: string, articleId: string): Promise<void>;
  /** Removes a member from a multi-valued index key (idempotent: removing an absent member is fine). */
  removeKeyMember(key: string, member: string): Promise<void>;
  /** Counts one more URL of an article beyond the `altUrls` it keeps (bounded); returns the new count. */
  countAltUrlOverflow(articleId: string): Promise<number>;

  // --- events -----------------------------------------------------------------------------------------
  /**
   * Creates an event (version 0) if its id is new; returns false if it exists. Also maintains the
   * recent-events index and the event→article links.
   */
  createEvent(event: Event): Promise<boolean>;
  /**
   * Replaces an event when its stored version equals `expectedVersion`; the stored copy gets
   * `expectedVersion + 1`. Throws ConflictError when another writer got there first.
   */
  updateEvent(event: Event, expectedVersion: number): Promise<void>;
  getEvent(id: string): Promise<Event | null>;
  /** Recent events, newest event date first; one Query per page (plus as many as needed across months). */
  listRecentEvents(query: RecentEventsQuery): Promise<Page<Event>>;
  /**
   * Recent events matching filters, newest first, read from the facet index: full pages, or no cursor when
   * nothing more matches; O(limit) reads per page (combined filters: see DESIGN.md). No filter: as
   * `listRecentEvents`.
   */
  listEvents(query: EventQuery): Promise<Page<Event>>;
  /**
   * `listEvents` as a list page serves it: each event as its JSON text (the stored list view's, unparsed), so
   * the API answers a page without parsing and re-serialising it. Same items, order and cursor.
   */
  listEventsJson(query: EventQuery): Promise<Page<string>>;
  /** The precomputed series of a metric (one Query), oldest year first; bounds on the figure's year. */
  getFigureSeries(metric: Metric, range?: { fromYear?: number; toYear?: number }): Promise<FigurePoint[]>;
  /** Rewrites a stored event's index entries, figure memberships and list view as it is now (idempotent). */
  reindexEvent(event: Event): Promise<void>;
  /**
   * Records that every stored event has its list view (called by `reindex` after rewriting them all), so
   * unfiltered listings read the views of every month; returns how many months it marked.
   */
  markViewsComplete(): Promise<number>;
  /**
   * The list version: a stored number every write that changes a list, facet, agreements or figures page bumps
   * after it landed (strongly consistent read; 0 before any). A page read AFTER reading version v shows at least
   * every change announced up to v (GSI reads may still lag: see DESIGN.md → List cache).
   */
  getListVersion(): Promise<number>;
  /** How many list-changing writes THIS process has finished (any store instance): same-process invalidation. */
  localListGeneration(): number;
  /** Events whose event date lies in [from, to] (inclusive, YYYY-MM-DD): clustering candidates. */
  listEventsByDateRange(from: string, to: string): Promise<Event[]>;
  /** Events with no event date, most recently created first (clustering candidates for undated articles). */
  listUndatedEvents(limit: number): Promise<Event[]>;
  /** Puts the clustering report (JSON-serialisable fingerprints) of one source of an event. */
  putEventReport(eventId: string, key: string, report: unknown): Promise<void>;
  /** The clustering reports of an event's sources (one Query). */
  listEventReports(eventId: string): Promise<unknown[]>;
  /** Deletes one clustering report of an event (idempotent). */
  deleteEventReport(eventId: string, key: string): Promise<void>;
  /**
   * Replaces an event by a redirect to another id (a merge, or a new canonical id) when its stored version
   * is `expectedVersion`; false when another writer changed it first. `getEvent` then returns null for it.
   */
  redirectEvent(fromId: string, toId: string, expectedVersion: number): Promise<boolean>;
  /** Where a redirected event went, or null. */
  getEventRedirect(id: string): Promise<string | null>;
  /** The version of an id's redirect (to turn it back into an event with `updateEvent`), or null. */
  getEventRedirectVersion(id: string): Promise<number | null>;

  // --- sources ----------------------------------------------------------------------------------------
  getSourceState(sourceId: string): Promise<SourceState | null>;
  putSourceState(state: SourceState): Promise<void>;
  /** Health of every source that has run at least once (one Query). */
  listSourceStates(): Promise<SourceState[]>;
  /** Records a per-item failure (article URL + reason) to retry on the next run. */
  putItemFailure(sourceId: string, url: string, reason: string): Promise<void>;
  listItemFailures(sourceId: string): Promise<Array<{ url: string; reason: string; at: string }>>;
  clearItemFailure(sourceId: string, url: string): Promise<void>;
  /** The subset of `urls` already seen by the source (BatchGet). */
  seenUrls(sourceId: string, urls: string[]): Promise<Set<string>>;
  /** Remembers URLs as seen by the source, whatever became of them (idempotent). */
  markUrlsSeen(sourceId: string, urls: string[]): Promise<void>;

  // --- subscribers and deliveries ------------------------------------------------------------------------
  /** Creates a subscriber; false when one with that id exists. */
  putSubscriberIfNew(sub: Subscriber): Promise<boolean>;
  updateSubscriber(sub: Subscriber): Promise<void>;
  getSubscriber(id: string): Promise<Subscriber | null>;
  getSubscriberByEmail(email: string): Promise<Subscriber | null>;
  getSubscriberByTokenHash(tokenHash: string): Promise<Subscriber | null>;
  /** Confirmed subscribers (one Query on the subscriber partition). */
  listConfirmedSubscribers(): Promise<Subscriber[]>;
  /**
   * Claims a delivery: conditional put of a `claimed` record, or re-claim of a `failed` one. Returns false
   * when the delivery is already `sent` or currently claimed by another run (so nothing is sent twice).
   */
  claimDelivery(alertKey: string, subscriberId: string): Promise<boolean>;
  /** Marks a claimed delivery `sent` or `failed`. */
  finishDelivery(delivery: Delivery): Promise<void>;
  getDelivery(alertKey: string, subscriberId: string): Promise<Delivery | null>;
  /** Every delivery record of one alert key (a Query on its partition). */
  listDeliveries(alertKey: string): Promise<Delivery[]>;
  /** Writes a delivery record under its (new) alert key unless one exists there; false when one did. */
  adoptDelivery(delivery: Delivery): Promise<boolean>;
  /**
   * Fixed-window counter (rate limits): increments `key` in the window and returns the new count.
   * Records expire through the table's TTL attribute.
   */
  incrementCounter(key: string, windowSeconds: number): Promise<number>;
}
