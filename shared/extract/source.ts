/** Turns an article input (plain text or a whole HTML page) into title, body text and publication date. */
import * as cheerio from 'cheerio/slim';
import type { ArticleInput } from '../domain/index.ts';
import { parseArticleText } from '../parse/index.ts';

/** What extraction works from. */
export interface SourceText {
  title: string | null;
  text: string;
  published: string | null;
}

/** Crude fallback body finder: the page's <p> elements, title from og:title or <title>. */
function crudeHtml(html: string): { title: string | null; text: string } {
  const $ = cheerio.load(html);
  $('script, style, noscript, nav, header, footer, aside, form').remove();
  const title =
    $('meta[property="og:title"]').attr('content')?.trim() ||
    $('h1').first().text().trim() ||
    $('title').text().trim() ||
    null;
  const paras = $('p')
    .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
    .get()
    .filter((p) => p.length > 0);
  return { title, text: paras.length > 0 ? paras.join('\n\n') : $('body').text() };
}

/** Reads the article: `text` as given; `html` through the page parser, falling back to <p> extraction. */
export function sourceOf(input: ArticleInput): SourceText {
  const published = input.published ?? null;
  if (input.text !== undefined) return { title: input.title ?? null, text: input.text, published };
  const html = input.html ?? '';
  try {
    // Only what extraction reads, and no dating of a page whose input is dated: the same title, text and date.
    const page = parseArticleText(html, {
      ...(input.url ? { url: input.url } : {}),
      withPublished: published === null,
    });
    if (page.text.trim().length > 0) {
      return { title: input.title ?? page.title, text: page.text, published: published ?? page.published };
    }
  } catch {
    // The page parser may not handle this page (or may not be there yet): the crude reader still works.
  }
  const crude = crudeHtml(html);
  return { title: input.title ?? crude.title, text: crude.text, published };
}
