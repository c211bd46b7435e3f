import { afterEach, describe, expect, it } from 'vitest';
import { FetchError } from '../../shared/errors.ts';
import { createHttpClient, type HttpClientOptions, USER_AGENT } from '../../shared/fetch/http.ts';
import { type Behaviour, startTestServer, type TestServer } from '../helpers/fixture-server.ts';

const FEED = 'https://qazinform.com/rss/en.xml';
let server: TestServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

/** A client pointed at a fresh test server, with short timeouts and no politeness delay. */
async function setup(routes: Record<string, Behaviour> = {}, opts: HttpClientOptions = {}) {
  server = await startTestServer(routes);
  const http = createHttpClient({
    allowPrivate: true,
    rewrite: server.rewrite,
    hostDelayMs: 0,
    backoffMs: 5,
    retries: 2,
    connectTimeoutMs: 1000,
    idleTimeoutMs: 300,
    totalTimeoutMs: 1500,
    ...opts,
  });
  return { http, server };
}

async function failure(p: Promise<unknown>): Promise<FetchError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

describe('HttpClient against the loopback fixture server', () => {
  it('announces itself, asks for compression and decodes the gzipped body', async () => {
    const { http, server } = await setup();
    const res = await http.get(FEED);
    expect(res.status).toBe(200);
    expect(res.url).toBe(FEED);
    expect(res.body).toContain('Kazakhstan, China hold strategic dialogue in Almaty');
    const seen = server.requests[0]?.headers;
    expect(seen?.['user-agent']).toBe(USER_AGENT);
    expect(seen?.['accept-encoding']).toMatch(/gzip/);
  });

  it('echoes ETag and Last-Modified exactly and reports 304 as notModified', async () => {
    const { http, server } = await setup();
    const first = await http.get(FEED);
    expect(first.etag).toBe('W/"680d0d9e-5a3c"');
    const again = await http.get(FEED, { etag: first.etag, lastModified: first.lastModified });
    expect(again.notModified).toBe(true);
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.etag).toBe(first.etag);
    expect(server.requests[1]?.headers['if-none-match']).toBe('W/"680d0d9e-5a3c"');
    expect(server.requests[1]?.headers['if-modified-since']).toBe(first.lastModified);
    const byDate = await http.get(FEED, { lastModified: first.lastModified });
    expect(byDate.notModified).toBe(true);
  });

  it('retries a 500 and succeeds when the server recovers', async () => {
    const { http, server } = await setup({ [FEED]: { kind: 'status', status: 500, times: 2 } });
    const res = await http.get(FEED);
    expect(res.status).toBe(200);
    expect(server.hits(FEED)).toBe(3);
  });

  it('gives up after the bounded retries with a retryable error carrying the status', async () => {
    const { http, server } = await setup({ [FEED]: { kind: 'status', status: 503 } }, { retries: 1 });
    const err = await failure(http.get(FEED));
    expect(err.status).toBe(503);
    expect(err.retryable).toBe(true);
    expect(err.message).toBe('HTTP 503 from qazinform.com');
    expect(server.hits(FEED)).toBe(2);
  });

  it('never retries a 404', async () => {
    const { http, server } = await setup();
    const url = 'https://qazinform.com/news/no-such-story-000000';
    const err = await failure(http.get(url));
    expect(err.status).toBe(404);
    expect(err.retryable).toBe(false);
    expect(server.hits(url)).toBe(1);
  });

  it('names bot protection on a 403', async () => {
    const url = 'https://timesca.com/feed/';
    const { http, server } = await setup({ [url]: { kind: 'status', status: 403 } });
    const err = await failure(http.get(url));
    expect(err.message).toBe('HTTP 403 from timesca.com (bot protection?)');
    expect(server.hits(url)).toBe(1);
  });

  it('retries a connection reset, then reports it', async () => {
    const { http, server } = await setup({ [FEED]: { kind: 'reset' } }, { retries: 1 });
    const err = await failure(http.get(FEED));
    expect(err.message).toMatch(/reset by qazinform\.com/);
    expect(err.retryable).toBe(true);
    expect(server.hits(FEED)).toBe(2);
  });

  it('times out a server that never answers (idle timeout)', async () => {
    const { http } = await setup({ [FEED]: { kind: 'hang' } }, { retries: 0 });
    const err = await failure(http.get(FEED));
    expect(err.message).toMatch(/timeout \(idle 300 ms\) fetching qazinform\.com/);
  });

  it('times out a trickling body that keeps the socket busy (total timeout)', async () => {
    const { http } = await setup(
      { [FEED]: { kind: 'trickle', everyMs: 50 } },
      { retries: 0, totalTimeoutMs: 400 },
    );
    const err = await failure(http.get(FEED));
    expect(err.message).toMatch(/timeout \(total 400 ms\)/);
  });

  it('cuts a body over the size cap', async () => {
    const { http } = await setup({}, { maxBytes: 1000 });
    const err = await failure(http.get(FEED));
    expect(err.message).toMatch(/exceeds 1000 bytes/);
    expect(err.retryable).toBe(false);
  });

  it('counts decompressed bytes, so a gzip bomb is cut', async () => {
    const url = 'https://qazinform.com/bomb';
    const { http } = await setup(
      { [url]: { kind: 'gzip-bomb', bytes: 20_000_000 } },
      // The server compresses 20 MB before it answers: on a busy machine that outlasts the short idle timeout,
      // and this test is about the size cap, not the clock.
      { maxBytes: 1_000_000, idleTimeoutMs: 10_000, totalTimeoutMs: 20_000 },
    );
    const err = await failure(http.get(url));
    expect(err.message).toMatch(/exceeds 1000000 bytes/);
  });

  it('follows redirects and reports the final URL', async () => {
    const a = 'https://qazinform.com/rss/old.xml';
    const { http } = await setup({ [a]: { kind: 'redirect', to: FEED, status: 301 } });
    const res = await http.get(a);
    expect(res.url).toBe(FEED);
    expect(res.body).toContain('<rss');
  });

  it('stops a redirect loop after 5 hops', async () => {
    const a = 'https://daryo.uz/a';
    const b = 'https://daryo.uz/b';
    const { http, server } = await setup({
      [a]: { kind: 'redirect', to: b },
      [b]: { kind: 'redirect', to: a },
    });
    const err = await failure(http.get(a));
    expect(err.message).toBe('too many redirects (> 5) from daryo.uz');
    expect(server.hits(a) + server.hits(b)).toBe(6);
  });

  it('keeps one request in flight per host', async () => {
    const { http, server } = await setup();
    const urls = [
      FEED,
      'https://qazinform.com/news/kazakh-wheat-exports-to-china-up-40-in-first-quarter-b27e19',
    ];
    await Promise.all([...urls, ...urls].map((u) => http.get(u)));
    expect(server.maxInFlight.get('qazinform.com')).toBe(1);
    expect(server.requests).toHaveLength(4);
  });
});

describe('SSRF guard', () => {
  it('refuses the cloud metadata address even when private addresses are allowed', async () => {
    const http = createHttpClient({ allowPrivate: true, retries: 0 });
    const err = await failure(http.get('http://169.254.169.254/latest/meta-data/'));
    expect(err.message).toMatch(/link-local\/metadata address 169\.254\.169\.254/);
    expect(err.retryable).toBe(false);
    const v6 = await failure(http.get('http://[fd00:ec2::254]/latest/meta-data/'));
    expect(v6.message).toMatch(/metadata/);
  });

  it('refuses loopback by default, after DNS resolution too', async () => {
    const { server } = await setup();
    const strict = createHttpClient({ retries: 0 });
    const err = await failure(strict.get(`${server.baseUrl}/qazinform.com/rss/en.xml`));
    expect(err.message).toMatch(/private\/loopback address 127\.0\.0\.1/);
    const port = new URL(server.baseUrl).port;
    const named = await failure(strict.get(`http://localhost:${port}/qazinform.com/rss/en.xml`));
    expect(named.message).toMatch(/private\/loopback address .* \(localhost\)/);
  });

  it('checks every redirect hop', async () => {
    const a = 'https://qazinform.com/go';
    const { http } = await setup({
      [a]: { kind: 'redirect', to: 'http://169.254.169.254/latest/meta-data/' },
    });
    const err = await failure(http.get(a));
    expect(err.message).toMatch(/metadata address 169\.254\.169\.254/);
  });

  it('refuses schemes other than http and https', async () => {
    const http = createHttpClient({ allowPrivate: true });
    const err = await failure(http.get('file:///etc/passwd'));
    expect(err.message).toMatch(/only http\/https/);
  });
});
