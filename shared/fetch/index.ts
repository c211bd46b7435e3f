/** Fetching: the polite HTTP client, source listing (RSS / HTML / JSON adapters) and the fixture server. */
export { startFixtureServer } from './fixture-server.ts';
export {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpResponse,
  USER_AGENT,
} from './http.ts';
export { backfill, type ListOutcome, listAll, listSource } from './list.ts';
export type { ListedItem, ListResult } from './types.ts';
