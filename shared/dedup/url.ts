import { hash } from 'node:crypto';

/**
 * URL canonicalisation: one key per story whatever tracking parameters, host alias or old/new Kazinform id
 * form a link arrives with. Pure functions, no I/O.
 */

/** Query parameters that only track the click, never select content. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'yclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'from',
  'spm',
  'share',
  '_ga',
  '_gl',
  '_openstat',
  'rss',
  'amp',
]);

/** Hosts of one outlet that serve the same articles; mapped to one host per language path. */
const KAZINFORM_HOSTS = new Set(['inform.kz', 'qazinform.com', 'en.inform.kz', 'kaz.inform.kz']);
/** Kazinform: Russian/Kazakh paths live on inform.kz, English on qazinform.com. */
const KAZINFORM_LOCAL_PATH = /^\/(ru|kz|kk|rus|kaz)(\/|$)/;

/** Kazinform's old article id form: `…-slug_a2640449`. */
const KAZINFORM_OLD_ID = /^(.+)_a(\d{5,})$/;
/** Kazinform's new article id form: `…-slug-48a38b` (6 hex digits, at least one of them a digit). */
const KAZINFORM_NEW_ID = /^(.+)-((?=[0-9a-f]*\d)[0-9a-f]{6})$/;
/** A slug this short could be reused by a different story ("kazakhstan-china-talks"): not a key. */
const MIN_SLUG_WORDS = 5;

function isTracking(name: string): boolean {
  // feeds sometimes double-escape `&` so a name arrives as `amp;utm_source`
  const n = name.toLowerCase().replace(/^amp;/, '');
  return n.startsWith('utm_') || TRACKING_PARAMS.has(n);
}

/** Uppercases percent-escapes so `%d0%9a` and `%D0%9A` compare equal. */
function upperEscapes(s: string): string {
  return s.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

function parse(url: string, base?: string): URL | null {
  try {
    const u = new URL(url.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function canonicalHost(host: string, path: string): string {
  let h = host.toLowerCase().replace(/\.$/, '');
  if (h.startsWith('www.')) h = h.slice(4);
  if (KAZINFORM_HOSTS.has(h)) return KAZINFORM_LOCAL_PATH.test(path) ? 'inform.kz' : 'qazinform.com';
  return h;
}

function normalise(u: URL): string {
  // `…/story/amp/` is the AMP rendering of `…/story/` (WordPress and most news CMSs)
  const path = upperEscapes(u.pathname.replace(/\/{2,}/g, '/'))
    .replace(/\/+$/, '')
    .replace(/(.)\/amp$/i, '$1');
  const host = canonicalHost(u.hostname, path);
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !isTracking(k))
    .map(([k, v]): [string, string] => [k.replace(/^amp;/, ''), v])
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${path || '/'}${query}`;
}

/**
 * The canonical form of an article URL: https, lowercase host without `www.`, Kazinform host aliases folded
 * (English → qazinform.com, Russian/Kazakh → inform.kz), no tracking parameters, fragment, default port,
 * trailing slash or AMP suffix (`/amp`, `?amp=1`), remaining parameters sorted. A `<link rel="canonical">` hint (absolute or relative) wins
 * unless it is unusable or points at a site's front page (a common misconfiguration). An unparsable URL is
 * returned trimmed, unchanged.
 */
export function canonicalUrl(url: string, canonicalHint?: string | null): string {
  const u = parse(url);
  if (canonicalHint) {
    const hint = parse(canonicalHint, u?.href);
    if (hint && hint.pathname.replace(/\/+$/, '') !== '') return normalise(hint);
  }
  return u ? normalise(u) : url.trim();
}

/** Kazinform's stable keys for a canonical URL: the slug without its id, and the id itself. */
function kazinformKeys(u: URL): string[] {
  const host = u.hostname;
  if (host !== 'inform.kz' && host !== 'qazinform.com') return [];
  const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
  const lang = host === 'qazinform.com' ? 'en' : (u.pathname.split('/')[1] ?? '');
  const old = KAZINFORM_OLD_ID.exec(last);
  const neu = old ? null : KAZINFORM_NEW_ID.exec(last);
  const slug = old?.[1] ?? neu?.[1];
  if (!slug) return [];
  const keys = old ? [`kazinform-id:${old[2]}`] : [`kazinform-hex:${neu?.[2]}`];
  if (slug.split('-').filter(Boolean).length >= MIN_SLUG_WORDS) keys.push(`kazinform-slug:${lang}:${slug}`);
  return keys;
}

/**
 * Every key a URL should be registered under: its canonical URL, plus for Kazinform the id and the slug
 * without id (`kazinform-slug:<lang>:<slug>`), so that the old `…_a2640449` and the new `…-48a38b` form of one
 * story meet. Short, generic slugs are not keys (they could name another story).
 */
export function urlKeys(url: string): string[] {
  const canonical = canonicalUrl(url);
  const u = parse(canonical);
  return u ? [canonical, ...kazinformKeys(u)] : [canonical];
}

/** The stored article id for a canonical URL: `ar_` + base36 of the first 64 bits of its sha256. */
export function articleId(canonical: string): string {
  // the one-shot hash: a Hash object per article cost twice the digest itself in the `cluster` command
  const hex = hash('sha256', canonical, 'hex').slice(0, 16);
  return `ar_${BigInt(`0x${hex}`).toString(36)}`;
}
