/**
 * What browsers get besides the JSON API: an error (an unknown path, any 4xx/5xx) as a page in the site's layout
 * when the request prefers HTML, and HTML compressed wherever it comes from (the pages, and the API's own HTML
 * routes such as `GET /subscribe` and the subscription link pages). JSON clients keep the JSON error shape.
 */
import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { html } from '../web/html.ts';
import { layout, PAGE_HEADERS } from '../web/layout.ts';

/** The q of the best-matching range for `type` in an Accept header (0: not acceptable, or not named at all). */
function quality(accept: string, type: string, wildcard: boolean): number {
  let best = 0;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';');
    const named = range === type || (wildcard && (range === '*/*' || range === `${type.split('/')[0]}/*`));
    if (!named) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    best = Math.max(best, q ? Number(q.slice(2)) || 0 : 1);
  }
  return best;
}

/** Whether an Accept header prefers HTML over JSON (a browser navigating; not curl's or fetch's `*∕*`). */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const h = quality(accept, 'text/html', false);
  return h > 0 && h >= quality(accept, 'application/json', false);
}

/**
 * The paths opened from links in mail (confirm, manage, unsubscribe): a person follows them, so their errors
 * (an expired or invalid link) are pages unless the client asks for JSON explicitly.
 */
const MAIL_LINKS = /^\/(subscriptions\/confirm|subscriptions\/manage|unsubscribe)\/?$/;

function wantsPage(path: string, accept: string | undefined): boolean {
  if (MAIL_LINKS.test(path)) return !/application\/json/i.test(accept ?? '');
  return prefersHtml(accept);
}

/** Titles and the words under them, by status (what a reader needs: what happened, where to go). */
function wording(status: number, message: string): { title: string; text: string } {
  // An unknown path says so in plain words; a known one that found nothing (an expired link) says what.
  if (status === 404)
    return message.startsWith('no route') || !message
      ? { title: 'Page not found', text: 'There is nothing at this address.' }
      : { title: 'Not found', text: `${message[0]?.toUpperCase()}${message.slice(1)}.` };
  if (status >= 500)
    return {
      title: 'Something went wrong',
      text: 'The server could not answer this request. Please try again in a minute.',
    };
  if (status === 429) return { title: 'Too many requests', text: `${message}. Please try again later.` };
  return { title: status === 405 ? 'Not allowed' : 'Bad request', text: `${message}.` };
}

/** An error page in the site layout; the message is the JSON error's (5xx: never shown, it is generic). */
export function errorPage(status: number, message: string): string {
  const w = wording(status, message.replace(/\.$/, ''));
  return layout(
    { title: w.title, noindex: true },
    html`<h1>${w.title}</h1><p>${w.text}</p><p><a href="/">Back to the timeline</a> · <a href="/docs">the API</a></p>`,
  );
}

/** Turns JSON error responses into pages for requests that want a page (status and headers such as Allow kept). */
export const errorPages: MiddlewareHandler = async (c, next) => {
  await next();
  const res = c.res;
  if (res.status < 400 || !/application\/json/i.test(res.headers.get('content-type') ?? '')) return;
  if (!wantsPage(c.req.path, c.req.header('accept'))) return;
  let message = '';
  try {
    const body = (await res.clone().json()) as { error?: { message?: unknown } };
    message = typeof body.error?.message === 'string' ? body.error.message : '';
  } catch {
    // not the API's error shape: the status alone says enough
  }
  const headers = new Headers(res.headers);
  for (const [k, v] of Object.entries(PAGE_HEADERS)) headers.set(k, v);
  headers.set('cache-control', 'no-store');
  headers.delete('content-length');
  c.res = undefined;
  c.res = new Response(errorPage(res.status, message || res.statusText || 'request failed'), {
    status: res.status,
    headers,
  });
};

const gzip = compress();

/**
 * Compresses HTML, CSS, JavaScript and SVG (for clients that accept it), whichever route produced them: the
 * page weight budget is counted compressed. JSON is left as it is (its clients and benches read it raw).
 */
export const compressPages: MiddlewareHandler = async (c, next) => {
  await next();
  if (
    /^(text\/(html|css)|application\/javascript|image\/svg\+xml)/i.test(
      c.res.headers.get('content-type') ?? '',
    )
  )
    // compress() compresses `c.res` after its `next`; the response is already there, so its next does nothing
    await gzip(c, async () => {});
};
