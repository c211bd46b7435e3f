import type { Mailer } from '../alerts/mailer.ts';
import type { SubscribeLimits } from '../alerts/subscribe-limits.ts';
import type { Source } from '../domain/index.ts';
import type { Store } from '../store/port.ts';

/** What the API needs, injected by the Lambda handler or the local server. */
export interface ApiDeps {
  store: Store;
  /** Configured sources, for `GET /sources`. */
  sources: Source[];
  /** Public base URL of the API (links in feeds and emails), without a trailing slash. */
  apiBaseUrl: string;
  /** The mailer for subscription confirmations; absent where email is not configured. */
  mailer?: Mailer;
  now?: () => Date;
  /** Hourly limits of `POST /subscriptions`; the defaults when absent. */
  subscribeLimits?: SubscribeLimits;
  /**
   * How often the list cache re-reads the store's list version, ms (`API_LIST_CACHE_MS`): 0 on every request,
   * null = no list cache; absent = the default (1000).
   */
  listCacheMs?: number | null;
  /** The local stack's schedule, shown by `GET /health` (absent in AWS, where EventBridge Scheduler runs it). */
  schedule?: () => { nextIngestion: string | null; nextDigest: string | null; ingesting: boolean };
}
