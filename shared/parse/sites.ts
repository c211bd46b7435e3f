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

/** Hosts whose pages print Beijing time (UTC+8) without a zone; the rest default to Almaty (UTC+5). */
const UTC8_HOSTS = [
  'mfa.gov.cn',
  'fmprc.gov.cn',
  'news.cn',
  'xinhuanet.com',
  'chinadaily.com.cn',
  'cgtn.com',
];

/** The UTC offset, in minutes, of zone-less times on a page at `url`. */
export function defaultOffsetFor(url: string | undefined): number {
  const host = hostOf(url);
  return host && UTC8_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) ? 480 : 300;
}

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
