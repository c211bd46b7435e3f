import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../shared/fetch/fixture-server.ts';
import type { HttpClient } from '../../shared/fetch/http.ts';
import { type Closer, openHttp } from '../../shared/local/stack.ts';

/** Finding 6 of issue 14: `--offline` must leave loopback URLs alone and replay only real-site ones. */
let local: Server;
let localUrl: string;
let http: HttpClient;
const closers: Closer[] = [];

beforeAll(async () => {
  local = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/plain' }).end('from the local server'),
  );
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
  localUrl = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
  http = await openHttp(true, closers);
});
afterAll(async () => {
  for (const c of closers.reverse()) await c();
  await new Promise((resolve) => local.close(resolve));
});

describe('--offline and loopback URLs', () => {
  it('fetches a loopback source from where it is, not from the fixture tree', async () => {
    const res = await http.get(`${localUrl}/feed.xml`);
    expect(res.status).toBe(200);
    expect(res.body).toBe('from the local server');
  });

  it('still replays real-site URLs from the fixtures', async () => {
    const res = await http.get('https://qazinform.com/rss/en.xml');
    expect(res.status).toBe(200);
    expect(res.body).toMatch(/<rss|<\?xml/);
  });

  it('knows the loopback forms', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::ffff:127.0.0.1', 'app.localhost'])
      expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['qazinform.com', '10.0.0.1', '[2001:db8::1]', 'localhost.example.com'])
      expect(isLoopbackHost(h), h).toBe(false);
  });
});
