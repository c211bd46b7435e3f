import {
  articleId,
  canonicalUrl,
  contentHash,
  isNearDuplicate,
  simhash,
  textBandKeys,
  urlKeys,
} from '../dedup/index.ts';
import { Article, type Source } from '../domain/index.ts';
import { ParseError } from '../errors.ts';
import { detectLang } from '../extract/index.ts';
import { clampDate } from '../fetch/item-checks.ts';
import type { ListedItem } from '../fetch/list.ts';
import { htmlFragmentToText, parseArticlePage } from '../parse/index.ts';
import type { PipelineDeps } from './types.ts';

/** What became of one listed item. */
export type ArticleOutcome = { kind: 'new'; article: Article } | { kind: 'duplicate'; ownerId: string };

/** The text's language; the source's declared one when detection cannot tell. */
function langOf(text: string, declared: Source['lang']): Article['lang'] {
  const detected = detectLang(text);
  return detected === 'other' ? declared : detected;
}

/**
 * Most other URLs an article keeps in `altUrls`; beyond, only a count is kept (its own small item). A flood
 * of near-duplicates once grew one article to 5,558 URLs, rewritten whole each time, toward the 400 KB limit.
 */
export const MAX_ALT_URLS = 20;

/** Records that the owner article is also known under another URL (bounded: see MAX_ALT_URLS). */
async function addAltUrl(deps: PipelineDeps, ownerId: string, url: string): Promise<ArticleOutcome> {
  const owner = await deps.store.getArticle(ownerId);
  if (owner && owner.url !== url && !owner.altUrls.includes(url)) {
    if (owner.altUrls.length >= MAX_ALT_URLS) await deps.store.countAltUrlOverflow(owner.id);
    else await deps.store.updateArticle({ ...owner, altUrls: [...owner.altUrls, url] });
  }
  return { kind: 'duplicate', ownerId };
}

/** Body, title, canonical URL and time of an item: from the feed's full content, else from its page. */
async function readItem(item: ListedItem, source: Source, deps: PipelineDeps) {
  // Feeds with content:encoded and the gov.kz API carry the whole article (its pages are a JS shell).
  if (item.html) {
    return {
      text: htmlFragmentToText(item.html),
      title: item.title,
      link: item.url,
      published: item.published,
      author: null,
    };
  }
  const res = await deps.http.get(item.url, { headers: source.headers });
  const page = parseArticlePage(res.body, { url: res.url, bodySelectors: source.bodySelectors });
  return {
    text: page.text,
    title: page.title ?? item.title,
    // The page's own canonical link (absolute), else where the request ended: a URL that opens.
    link: page.canonicalUrl ?? res.url,
    published: page.published ?? item.published,
    author: page.author,
  };
}

/**
 * Article stage: canonical URL, fetch and parse, then dedup by URL keys, exact content hash and near-duplicate
 * signature (LSH bands kept in the store). Every claim is a conditional write, so two concurrent runs agree
 * on one owner and store each story once. A `new` article is returned unstored (see processItem).
 */
export async function ingestArticle(
  item: ListedItem,
  source: Source,
  deps: PipelineDeps,
): Promise<ArticleOutcome> {
  const listedUrl = canonicalUrl(item.url);
  const known = await deps.store.getArticle(articleId(listedUrl));
  if (known) return { kind: 'duplicate', ownerId: known.id };

  const body = await readItem(item, source, deps);
  if (body.text.trim().length === 0) throw new ParseError(`no article body found at ${item.url}`);
  // Identity comes from the canonicalised form; what is stored and shown is the real link.
  const url = body.link;
  const key = canonicalUrl(url);
  const id = articleId(key);
  for (const k of new Set([...urlKeys(key), ...urlKeys(listedUrl)])) {
    const owner = await deps.store.claimKey(`url:${k}`, id);
    if (owner !== id) return addAltUrl(deps, owner, url);
  }
  const now = (deps.now ?? (() => new Date()))();
  const signature = simhash(body.text);
  const bands = textBandKeys(body.text);
  const candidates = new Set<string>();
  for (const band of bands)
    for (const member of await deps.store.listKeyMembers(`band:${band}`)) candidates.add(member);
  candidates.delete(id);
  for (const other of await deps.store.getArticles([...candidates])) {
    if (isNearDuplicate(signature, other.simhash, body.text, other.text))
      return addAltUrl(deps, other.id, url);
  }
  // The exact-content claim comes after the near-duplicate check: claimed first, a near-duplicate would own
  // its text's hash without ever being stored, and every later exact copy would point at that phantom owner
  // (its URL recorded nowhere).
  const hash = contentHash(body.text);
  const hashOwner = await deps.store.claimKey(`hash:${hash}`, id);
  if (hashOwner !== id) return addAltUrl(deps, hashOwner, url);
  for (const band of bands) await deps.store.addKeyMember(`band:${band}`, id);

  const article = Article.parse({
    id,
    url,
    altUrls: item.url !== url ? [item.url] : [],
    sourceId: source.id,
    outlet: source.outlet,
    lang: langOf(body.text, source.lang),
    title: body.title ?? '',
    // A page dated in the future is dated when it was fetched (the date would otherwise lead every listing).
    published: clampDate(body.published, now),
    author: body.author,
    text: body.text,
    contentHash: hash,
    simhash: signature,
    eventId: null,
    fetchedAt: now.toISOString(),
  });
  // Not stored yet: the caller stores it once its event is written, so a run killed in between re-processes
  // the article next time instead of skipping it as known.
  return { kind: 'new', article };
}
