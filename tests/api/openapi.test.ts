import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent } from '../helpers/events.ts';
import { startApi } from './server.ts';

let api: Awaited<ReturnType<typeof startApi>>;
const hostile = {
  ...makeEvent(1),
  id: 'ev_hostile',
  title: '<script>alert(1)</script> & "quotes"',
  summary: 'Line\r\nBcc: victim@example.com',
};

beforeAll(async () => {
  api = await startApi([...Array.from({ length: 12 }, (_, i) => makeEvent(i + 2)), hostile]);
});
afterAll(async () => api?.close());

/** The API's own OpenAPI document, compiled for validating responses. */
async function openApi() {
  const doc = (await (await api.get('/openapi.json')).json()) as {
    openapi: string;
    paths: Record<
      string,
      Record<
        string,
        { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }
      >
    >;
    components: { schemas: Record<string, object> };
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat?.('date-time', true);
  ajv.addFormat?.('uri', true);
  ajv.addFormat?.('email', true);
  for (const [name, schema] of Object.entries(doc.components.schemas))
    ajv.addSchema(schema, `#/components/schemas/${name}`);
  return { doc, ajv };
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and every JSON route answers with a body its document describes', async () => {
    const { doc, ajv } = await openApi();
    expect(doc.openapi).toBe('3.1.0');
    const calls: Array<[string, string]> = [
      ['/health', '/health'],
      ['/events?limit=5', '/events'],
      ['/events/ev_hostile', '/events/{id}'],
      ['/agreements', '/agreements'],
      ['/figures?metric=trade_turnover', '/figures'],
      ['/sources', '/sources'],
      ['/events?limit=0', '/events'],
      ['/events/ev_missing', '/events/{id}'],
    ];
    for (const [url, path] of calls) {
      const res = await api.get(url);
      const spec = doc.paths[path]?.get?.responses[String(res.status)];
      expect(spec, `${url} → ${res.status} is documented`).toBeDefined();
      const ref = spec?.content?.['application/json']?.schema.$ref;
      expect(ref, `${url} has a JSON schema`).toBeDefined();
      const validate = ajv.getSchema(ref ?? '');
      const body = await res.json();
      expect(validate?.(body), `${url}: ${JSON.stringify(validate?.errors?.slice(0, 2))}`).toBe(true);
    }
  });
});

describe('hostile input', () => {
  it('never answers a fuzzed query string with a 5xx, nor leaks internals', async () => {
    const key = fc.constantFrom(
      'from',
      'to',
      'kind',
      'participant',
      'docType',
      'hasAgreement',
      'q',
      'lang',
      'limit',
      'cursor',
      'x',
    );
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('2026-01-01', '-1', '1e9', '%00', '../../etc', '<script>', 'true', '[]', '{"a":1}'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(key, value), { maxLength: 4 }),
        fc.constantFrom('/events', '/agreements', '/figures', '/events.rss'),
        async (pairs, path) => {
          const qs = new URLSearchParams(pairs).toString();
          const res = await api.get(`${path}?${qs}`);
          const body = await res.text();
          expect(res.status).toBeLessThan(500);
          expect(body).not.toMatch(/\bat .+\.ts:\d+|Error: |stack/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('escapes markup from article titles in the RSS feed', async () => {
    const xml = await (await api.get('/events.rss')).text();
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
  });

  it('serves JSON with nosniff so a title can never run as script', async () => {
    const res = await api.get('/events/ev_hostile');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(((await res.json()) as { title: string }).title).toBe(hostile.title);
  });
});
