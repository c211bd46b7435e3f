import { createHttpClient, type HttpClient } from './fetch/http.ts';

/**
 * The polite HTTP client for fetching sources, at module scope. Kept apart from shared/aws.ts so that only
 * the ingest bundle carries the fetcher (and its charset tables).
 */
let http: HttpClient | undefined;

/** The production HTTP client (default timeouts, retries, per-host delay, SSRF guard). */
export function productionHttp(): HttpClient {
  http ??= createHttpClient();
  return http;
}
