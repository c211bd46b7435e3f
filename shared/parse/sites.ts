/**
 * Body selectors of known outlets, keyed by host (without `www.`). Each entry is tried in order; a
 * comma-separated selector takes all its matches in document order (e.g. Kazinform's lead + body).
 * Unknown hosts, and pages where these match too little text, fall back to the generic finder.
 */
const SITE_SELECTORS: Record<string, string[]> = {
  'qazinform.com': ['.article__description, .article__body-text'],
  'inform.kz': ['.article__description, .article__body-text'],
  'kazinform.kz': ['.article__description, .article__body-text'],
  'lenta.inform.kz': ['.article__description, .article__body-text'],
  'astanatimes.com': ['.entry-content', '.post-content'],
  'timesca.com': ['.entry-content', '.post-content'],
  'daryo.uz': ['.article__text', '.post-content', '.entry-content'],
  'mfa.gov.cn': ['#News_Body_Txt_A', '.TRS_Editor'],
  'fmprc.gov.cn': ['#News_Body_Txt_A', '.TRS_Editor'],
  // gov.kz and Akorda selectors are from rendered pages seen in 2025 (unverified since): the generic finder
  // covers a redesign.
  'gov.kz': ['.news-details__body', '.content-block__body'],
  'akorda.kz': ['.article_text, .article-text'],
  'tengrinews.kz': ['.content_main_desc, .content_main_text', '.content_main_text'],
};

/** The IANA zone of zone-less times on a page at `url` (shared/time keeps the list of Beijing-time hosts). */
export { zoneForUrl as zoneFor } from '../time/zones.ts';

/** The host of a URL without a leading `www.`, or null when the URL does not parse. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Built-in body selectors for a page URL (exact host, then parent domains: `eng.mfa.gov.cn` finds
 * `mfa.gov.cn`); WordPress's `.entry-content` for every other host.
 */
export function selectorsFor(url: string | undefined): string[] {
  const host = hostOf(url);
  if (host) {
    const parts = host.split('.');
    for (let i = 0; i < parts.length - 1; i++) {
      const hit = SITE_SELECTORS[parts.slice(i).join('.')];
      if (hit) return hit;
    }
  }
  return ['.entry-content'];
}
