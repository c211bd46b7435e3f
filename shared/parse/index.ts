/** What article-page extraction returns. */
export interface ParsedPage {
  title: string | null;
  /** Body text, paragraphs separated by blank lines, boilerplate stripped. */
  text: string;
  /** `<link rel="canonical">` resolved against the page URL, or null. */
  canonicalUrl: string | null;
  /** ISO date-time with offset (Asia/Almaty when the page gives a local time), or null. */
  published: string | null;
  author: string | null;
  /** `<html lang>` or og:locale, two letters, or null. */
  lang: string | null;
}

/** Options of article-page extraction. */
export interface ParseOptions {
  /** The page's URL: resolves relative links and picks per-site selectors. */
  url?: string;
  /** Per-site body selectors tried before the generic main-content finder. */
  bodySelectors?: string[];
}

/**
 * Extracts an article's body and metadata from a whole HTML page. Placeholder until the sources issue lands.
 */
export function parseArticlePage(_html: string, _options: ParseOptions = {}): ParsedPage {
  throw new Error('article page extraction is not implemented yet');
}
