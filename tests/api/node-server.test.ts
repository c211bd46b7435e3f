import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.ts';
import { serveApi } from '../../shared/local/http-server.ts';
import { recordingMailer } from '../helpers/api.ts';
import { startTestStore, type TestStore } from '../helpers/store.ts';

/** The local server (`npm start`): the same app on @hono/node-server, with the body limit in front of it. */
let db: TestStore;
let api: Awaited<ReturnType<typeof serveApi>>;
const { mailer, sent } = recordingMailer();

beforeAll(async () => {
  db = await startTestStore();
  api = await serveApi(createApp({ store: db.store, sources: [], apiBaseUrl: 'http://api.test', mailer }), {
    port: 0,
  });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** Sends a raw request line (what no well-behaved client would send) and returns status line and body. */
function raw(line: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const s = connect(Number(port), '127.0.0.1', () =>
      s.write(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    );
    let out = '';
    s.on('data', (d) => {
      out += d;
    });
    s.on('end', () =>
      resolve({ status: Number(out.split(' ')[1]), body: out.split('\r\n\r\n').slice(1).join('') }),
    );
    s.on('error', reject);
  });
}

/** POSTs JSON in chunks without a Content-Length (Transfer-Encoding: chunked), as a streaming client does. */
function postChunked(path: string, parts: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${api.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c: Buffer) => {
        body += c.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const p of parts) req.write(p);
    req.end();
  });
}

describe('local server', () => {
  it('answers malformed request targets in the JSON error shape, never 500', async () => {
    for (const line of ['GET //%00 HTTP/1.1', 'GET /%E0%A4%A HTTP/1.1', 'GET /events\\..\\x HTTP/1.1']) {
      const res = await raw(line);
      expect([400, 404], line).toContain(res.status);
      expect(JSON.parse(res.body), line).toMatchObject({ error: { code: expect.any(String) } });
    }
    const bad = await raw('GET /events/%ZZ HTTP/1.1');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ error: { code: 'bad_request', field: 'id' } });
  });

  it('hands a small chunked body to the app whole, and answers a large one 413', async () => {
    const ok = await postChunked('/subscriptions', ['{"email":', '"chunked@example.org"', '}']);
    expect(ok.status, ok.body).toBe(202);
    expect(sent).toContain('chunked@example.org');
    const big = await postChunked(
      '/subscriptions',
      Array.from({ length: 20 }, () => 'x'.repeat(8192)),
    );
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ error: { code: 'too_large' } });
  });

  it('sees the client address from the socket (rate limits cannot be dodged with a header)', async () => {
    const app = createApp({ store: db.store, sources: [], apiBaseUrl: 'http://api.test', mailer });
    app.get('/_ip', (c) =>
      c.text((c.env as { incoming: { socket: { remoteAddress: string } } }).incoming.socket.remoteAddress),
    );
    const local = await serveApi(app, { port: 0 });
    try {
      const res = await fetch(`${local.url}/_ip`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(await res.text()).toBe('127.0.0.1');
    } finally {
      await local.close();
    }
  });
});
