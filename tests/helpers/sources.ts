import { afterAll, beforeAll } from 'vitest';
import type { Source } from '../../shared/domain/index.ts';
import { createHttpClient, type HttpClient } from '../../shared/fetch/http.ts';
import { type ListResult, listSource } from '../../shared/fetch/list.ts';
import { loadSources } from '../../shared/sources/registry.ts';
import { startTestServer, type TestServer } from './fixture-server.ts';

/**
 * The default sources served from their recorded fixtures by the loopback server, read through the production
 * HttpClient (private addresses allowed only because the server is on loopback).
 */
export interface SourceFixtures {
  /** The loopback server (its `requests` show what the fetch code asked); set once the file's tests start. */
  readonly server: TestServer;
  /** The production client rewriting the sources' hosts to the server. */
  readonly http: HttpClient;
  /** The default source registry. */
  readonly sources: Source[];
  /** The source with this id; throws for an unknown id so a typo fails loudly. */
  byId(id: string): Source;
  /** Lists a source's first page (no cursor). */
  list(id: string): Promise<ListResult>;
}

/** Starts the server before the calling file's tests and closes it after (call at the file's top level). */
export function useSourceFixtures(): SourceFixtures {
  let server: TestServer | undefined;
  let http: HttpClient | undefined;
  const sources = loadSources();
  beforeAll(async () => {
    server = await startTestServer();
    http = createHttpClient({ allowPrivate: true, rewrite: server.rewrite, hostDelayMs: 0, retries: 0 });
  });
  afterAll(() => server?.close());
  const started = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('source fixtures used outside a test');
    return v;
  };
  const fx: SourceFixtures = {
    get server() {
      return started(server);
    },
    get http() {
      return started(http);
    },
    sources,
    byId(id) {
      const s = sources.find((x) => x.id === id);
      if (!s) throw new Error(`no source ${id}`);
      return s;
    },
    list: (id) => listSource(fx.byId(id), fx.http, null),
  };
  return fx;
}
