/**
 * The web pages, mounted on the API's Hono app: server-rendered HTML that reads, filters and subscribes without
 * JavaScript, served by the same Lambda (and `npm start`'s :3000) as the JSON API.
 */
import type { Context, Hono } from 'hono';
import type { ApiDeps } from '../api/deps.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { ASSET_CACHE, ASSETS } from './assets.ts';
import { html } from './html.ts';
import { layout, PAGE_HEADERS } from './layout.ts';
import { CHANNELS_PATH, submitChannels } from './pages/channels.ts';
import { documentsPage } from './pages/documents.ts';
import { eventPage, missingEventPage } from './pages/event.ts';
import { missingPersonPage, personPage } from './pages/person.ts';
import { statusPage } from './pages/status.ts';
import { submitSubscribe } from './pages/subscribe.ts';
import { timelinePage } from './pages/timeline.ts';
import { tradePage } from './pages/trade.ts';

/** Event ids as the store writes them. */
const EVENT_ID = /^ev_[0-9a-z]{1,64}$/;

/** A page response with the pages' headers. */
function page(c: Context, body: string, status = 200, extra: Record<string, string> = {}): Response {
  return c.body(body, status as 200, { ...PAGE_HEADERS, ...extra });
}

/** Runs a page builder; a client's mistake becomes a readable page instead of a JSON error. */
async function guarded(c: Context, build: () => Promise<Response>): Promise<Response> {
  try {
    return await build();
  } catch (err) {
    if (err instanceof ValidationError)
      return page(
        c,
        layout(
          { title: 'Bad request' },
          html`<h1>Bad request</h1><p>${err.message}.</p><p><a href="/">Back to the timeline</a></p>`,
        ),
        400,
      );
    if (err instanceof NotFoundError)
      return page(c, layout({ title: 'Not found' }, html`<h1>Not found</h1><p>${err.message}.</p>`), 404);
    throw err;
  }
}

/**
 * The client's address for rate limits: API Gateway's `sourceIp` under Lambda, the socket's peer under
 * @hono/node-server (never a client-sent header, which anyone can forge).
 */
function clientIp(c: Context): string {
  const env = c.env as
    | {
        requestContext?: { http?: { sourceIp?: string } };
        incoming?: { socket?: { remoteAddress?: string } };
      }
    | undefined;
  return env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? '';
}

/** Mounts the pages and their assets on `app`. */
export function mountWeb(app: Hono, deps: ApiDeps): void {
  // Pages and assets are compressed by the app itself (shared/api/browser.ts), the API's HTML routes too.
  app.get('/assets/:file', (c) => {
    const asset = ASSETS.get(c.req.path);
    if (!asset) return c.text('not found', 404);
    return c.body(asset.body, 200, { 'content-type': asset.type, 'cache-control': ASSET_CACHE });
  });
  app.get('/', (c) => guarded(c, async () => page(c, await timelinePage(deps.store, c.req.query()))));
  app.get('/event/:id', (c) =>
    guarded(c, async () => {
      const id = c.req.param('id');
      const event = EVENT_ID.test(id) ? await deps.store.getEvent(id) : null;
      if (event) return page(c, eventPage(event));
      const moved = EVENT_ID.test(id) ? await deps.store.getEventRedirect(id) : null;
      if (moved) return c.redirect(`/event/${moved}`, 301);
      return page(c, missingEventPage(id), 404);
    }),
  );
  app.get('/documents', (c) =>
    guarded(c, async () => page(c, await documentsPage(deps.store, c.req.query()))),
  );
  app.get('/trade', (c) =>
    guarded(c, async () =>
      page(c, await tradePage(deps.store), 200, { 'cache-control': 'public, max-age=300' }),
    ),
  );
  app.get('/person/:id', (c) =>
    guarded(c, async () => {
      const slug = c.req.param('id').toLowerCase();
      const body = /^[a-z0-9-]{1,100}$/.test(slug) ? await personPage(deps.store, slug) : null;
      return body ? page(c, body) : page(c, missingPersonPage(slug), 404);
    }),
  );
  app.get('/status', (c) =>
    guarded(c, async () =>
      page(c, await statusPage(deps.store, deps.sources), 200, { 'cache-control': 'no-cache' }),
    ),
  );
  // GET /subscribe is the API's route (its form is the one in shared/web/pages/subscribe-form.ts)
  app.post(CHANNELS_PATH, async (c) => {
    const out = await submitChannels(deps, new URLSearchParams(await c.req.text()));
    return page(c, out.body, out.status, { 'cache-control': 'no-store' });
  });
  app.post('/subscribe', async (c) => {
    const form = new URLSearchParams(await c.req.text());
    const out = await submitSubscribe(deps, form, clientIp(c));
    return page(c, out.body, out.status, { 'cache-control': 'no-store' });
  });
}
