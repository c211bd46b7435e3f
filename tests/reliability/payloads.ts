import iconv from 'iconv-lite';
import { HEALTHY_FEED, HOSTILE_HOST, RUSSIAN_PAGE } from './hostile-server.ts';

/** An RSS 2.0 document around the given `<item>` elements. */
export function rss(items: string, head = '<?xml version="1.0" encoding="UTF-8"?>\n'): string {
  return `${head}<rss version="2.0"><channel><title>Hostile</title><link>https://${HOSTILE_HOST}/</link><description>t</description>${items}</channel></rss>`;
}

/** A feed with one item whose page is at `/article/<slug>` on the hostile host (no full content). */
export function feedPointingAt(slug: string): string {
  return rss(
    `<item><title>Hostile page ${slug}</title><link>https://${HOSTILE_HOST}/article/${slug}</link><guid>https://${HOSTILE_HOST}/article/${slug}</guid><pubDate>Sat, 26 Apr 2025 09:00:00 +0000</pubDate></item>`,
  );
}

/** The recorded feed cut in the middle of an item: malformed XML. */
export const MALFORMED_FEED = HEALTHY_FEED.subarray(0, Math.floor(HEALTHY_FEED.length / 2))
  .toString('utf8')
  .replace(/<\/channel>[\s\S]*$/, '')
  .concat('<item><title>broken & <b>unclosed</title></channel>');

/** "Billion laughs": ten levels of ten-fold entity expansion (a gigabyte once expanded). */
export const BILLION_LAUGHS = (() => {
  const lines = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) lines.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${lines.join('\n')}\n]>\n${rss('<item><title>&lol9;</title><link>https://hostile.test/a</link></item>', '')}`;
})();

/**
 * A feed of `n` items that all point to one already-stored story under different tracking parameters (a
 * feed gone mad): every item is distinct to the lister, the same story to the article stage.
 */
export function hugeFeed(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const link = `https://timesca.com/kazakhstan-and-china-discuss-joint-projects/?utm_source=rss&amp;utm_content=${i}`;
    parts.push(
      `<item><title>Item ${i}</title><link>${link}</link><pubDate>Sat, 26 Apr 2025 09:00:00 +0000</pubDate></item>`,
    );
  }
  return rss(parts.join('\n'));
}

/** `depth` nested divs around a short paragraph, padded to about `bytes` with more divs. */
export function nestedDivs(bytes: number): string {
  const open = '<div class="x">';
  const depth = Math.floor(bytes / (open.length + 6));
  return `<!doctype html><html><head><title>Deep</title></head><body><article class="entry-content">${open.repeat(depth)}<p>Kazakhstan and China signed a memorandum in Astana.</p>${'</div>'.repeat(depth)}</article></body></html>`;
}

/** The recorded Russian page as UTF-8 text (it is stored as UTF-8). */
const RUSSIAN_TEXT = RUSSIAN_PAGE.toString('utf8');

/** The Russian page re-encoded to windows-1251, its own `<meta charset>` rewritten to say so. */
export const RUSSIAN_1251 = iconv.encode(
  RUSSIAN_TEXT.replace(/<meta\s+charset=["']?utf-8["']?\s*\/?>/i, '<meta charset="windows-1251">'),
  'windows-1251',
);
/** The Russian page in UTF-8 with a byte-order mark and no charset declaration anywhere. */
export const RUSSIAN_BOM = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from(RUSSIAN_TEXT.replace(/<meta\s+charset=["']?utf-8["']?\s*\/?>/i, '')),
]);
/** A phrase of the Russian page's body, to check it decoded correctly. */
export const RUSSIAN_PHRASE = 'Казахстан';
