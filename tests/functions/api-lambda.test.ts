import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLambdaHandler, type LambdaEvent } from '../../shared/api/lambda.ts';
import { recordingMailer, storeWithEvents } from '../helpers/api.ts';
import type { TestStore } from '../helpers/store.ts';

/** The app behind `hono/aws-lambda`, fed API Gateway HTTP API (payload 2.0) events as API Gateway sends them. */
let db: TestStore;
let handler: ReturnType<typeof createLambdaHandler>;
const { mailer, sent } = recordingMailer();

beforeAll(async () => {
  db = await storeWithEvents(4);
  handler = createLambdaHandler({ store: db.store, sources: [], apiBaseUrl: 'https://api.example', mailer });
});
afterAll(async () => db?.close());

/** An API Gateway v2 event. */
function event(method: string, path: string, init: Partial<LambdaEvent> = {}): LambdaEvent {
  const [rawPath = '/', rawQueryString = ''] = path.split('?');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: { host: 'api.example', ...init.headers },
    isBase64Encoded: false,
    requestContext: {
      domainName: 'api.example',
      requestId: 'req-1',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 't' },
    },
    ...init,
  } as unknown as LambdaEvent;
}

describe('API Lambda', () => {
  it('answers feeds, exports and docs as text API Gateway passes on unencoded', async () => {
    for (const [path, type] of [
      ['/events.rss', /rss\+xml/],
      ['/events.atom', /atom\+xml/],
      ['/events.json', /feed\+json/],
      ['/events.csv', /text\/csv/],
      ['/figures.csv', /text\/csv/],
      ['/docs', /text\/html/],
      ['/openapi.json', /application\/json/],
    ] as const) {
      const res = await handler(event('GET', path));
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['content-type'], path).toMatch(type);
      expect(res.isBase64Encoded, path).toBe(false);
    }
  });

  it('decodes a base64 body and answers HEAD without one', async () => {
    const body = Buffer.from(JSON.stringify({ email: 'lambda@example.org' })).toString('base64');
    const res = await handler(
      event('POST', '/subscriptions', {
        body,
        isBase64Encoded: true,
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(res.statusCode, res.body).toBe(202);
    expect(sent).toContain('lambda@example.org');
    const head = await handler(event('HEAD', '/events.atom'));
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });

  it('sends compressed HTML (a page, an error page for a browser) base64-encoded, as API Gateway needs', async () => {
    const browser = { accept: 'text/html,*/*;q=0.8', 'accept-encoding': 'gzip' };
    for (const [path, status] of [
      ['/subscribe', 200],
      ['/nowhere', 404],
    ] as const) {
      const res = await handler(event('GET', path, { headers: browser }));
      expect(res.statusCode, path).toBe(status);
      expect(res.headers['content-encoding'], path).toBe('gzip');
      expect(res.isBase64Encoded, path).toBe(true);
      expect(gunzipSync(Buffer.from(res.body, 'base64')).toString(), path).toContain('</html>');
    }
  });

  it('maps errors to the JSON error shape on this path too', async () => {
    const bad = await handler(event('GET', '/events?limit=0'));
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ error: { code: 'bad_request', field: 'limit' } });
    const wrong = await handler(event('DELETE', '/events'));
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers.allow).toBe('GET');
  });
});
