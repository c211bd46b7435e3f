import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCandidates } from '../../shared/fetch/fixture-map.ts';
import { type FixtureServer, startFixtureServer } from '../../shared/fetch/fixture-server.ts';
import { SITES_ROOT } from '../helpers/fixture-server.ts';

const ROOT = path.resolve(SITES_ROOT);
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ root: ROOT });
});
afterAll(() => server.close());

/** A raw GET (no client logic), so the server's own answers are observed. */
function raw(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      http
        .get(url, { headers }, (res) => {
          let body = '';
          res.setEncoding('latin1');
          res.on('data', (c: string) => {
            body += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        })
        .on('error', reject);
    },
  );
}

describe('fixture URL mapping', () => {
  it('tries the exact file, then .html, then index files, with the query as a suffix', () => {
    const rel = (u: string) => fixtureCandidates(ROOT, u).map((p) => path.relative(ROOT, p));
    expect(rel('https://www.akorda.kz/en/events?page=2')).toEqual([
      'www.akorda.kz/en/events__page_2',
      'www.akorda.kz/en/events__page_2.html',
      'www.akorda.kz/en/events/index__page_2.html',
      'www.akorda.kz/en/events/index__page_2.xml',
      'www.akorda.kz/en/events/index__page_2.json',
    ]);
    expect(rel('https://astanatimes.com/feed/')[0]).toBe('astanatimes.com/feed');
    expect(rel('https://evil.example/../../etc/passwd')).toEqual(
      rel('https://evil.example/etc/passwd'), // WHATWG URL parsing already drops the dot segments
    );
    expect(rel('https://evil.example/..%2f..%2fetc/passwd')).toEqual([]);
  });
});

describe('startFixtureServer', () => {
  it('rewrites real URLs onto itself and leaves its own URLs alone', () => {
    const url = server.rewrite('https://qazinform.com/rss/en.xml?x=1');
    expect(url).toBe(`${server.baseUrl}/qazinform.com/rss/en.xml?x=1`);
    expect(server.rewrite(url)).toBe(url);
  });

  it('serves sidecar headers and answers 304 to a matching If-None-Match', async () => {
    const url = server.rewrite('https://www.inform.kz/rss/rus.xml');
    const first = await raw(url);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/rss+xml; charset=windows-1251');
    expect(first.headers.etag).toBe('"4b1e-632f0a9c1d2e0"');
    expect(first.headers['last-modified']).toBe('Sun, 27 Apr 2025 04:40:00 GMT');
    const again = await raw(url, { 'if-none-match': '"4b1e-632f0a9c1d2e0"' });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    const stale = await raw(url, { 'if-none-match': '"other"' });
    expect(stale.status).toBe(200);
  });

  it('gives a content-hash ETag when there is no sidecar, and 404 for unknown paths', async () => {
    const page = await raw(server.rewrite('https://www.mfa.gov.cn/eng/xw/zyxw/'));
    expect(page.status).toBe(200);
    expect(page.headers.etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(page.headers['content-type']).toBe('text/html');
    expect((await raw(server.rewrite('https://www.mfa.gov.cn/eng/nothing-here'))).status).toBe(404);
    expect((await raw(`${server.baseUrl}/`)).status).toBe(404);
  });
});
