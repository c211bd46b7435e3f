import { describe, expect, it } from 'vitest';
import { ParsedPage, parseArticlePage } from '../../shared/parse/index.ts';

const body = [
  'Kazakhstan and China agreed to launch a new container train service between Almaty and Xi’an, the national railway company said on Monday, adding that the first train would depart in September.',
  'The service will cut delivery times to eight days and is expected to carry 20,000 containers a year, according to the company, which also plans to expand the Khorgos terminal.',
  'Officials said the route would connect with the Trans-Caspian International Transport Route, giving Chinese exporters another path to Europe that avoids congested crossings.',
];

const page = (
  inner: string,
  head = '',
): string => `<!DOCTYPE html><html lang="kk"><head><title>Rail deal - Example News</title>${head}</head>
<body><nav><a href="/">Home</a><a href="/world">World</a><a href="/economy">Economy</a></nav>
<div class="layout"><div class="left-col"><ul class="list">${Array.from({ length: 8 }, (_, i) => `<li><a href="/n/${i}">Other story number ${i} about regional markets and weather</a></li>`).join('')}</ul></div>
${inner}
<div class="right-col"><div class="ad">Advertisement</div><p><a href="/promo">Subscribe to our print edition today and save</a></p></div></div>
<div class="site-footer">© 2025 Example News. All rights reserved.</div></body></html>`;

describe('parseArticlePage', () => {
  it('finds the body of an unknown outlet by text density, skipping menus, link lists and footers', () => {
    const html = page(
      `<div class="c-wrap"><h1>Rail deal</h1><div class="txt">${body.map((b) => `<p>${b}</p>`).join('')}</div></div>`,
    );
    const r = parseArticlePage(html, { url: 'https://unknown.example.org/2025/rail' });
    expect(r.bodySource).toBe('generic');
    expect(r.text).toBe(body.join('\n\n'));
    expect(r.lang).toBe('kk');
  });

  it('tries the caller’s selectors before the built-in table and ignores invalid ones', () => {
    const html = page(
      `<div class="story-a">${body.map((b) => `<p>${b}</p>`).join('')}</div><div class="story-b"><p>${'Another text block that is long enough to pass the threshold of characters. '.repeat(4)}</p></div>`,
    );
    const r = parseArticlePage(html, {
      url: 'https://unknown.example.org/x',
      bodySelectors: ['div[', '.story-b'],
    });
    expect(r.bodySource).toBe('.story-b');
    expect(r.text).toMatch(/^Another text block/);
  });

  it('falls back to the generic finder when a known outlet’s selector is missing from a redesigned page', () => {
    const html = page(`<section class="news-body">${body.map((b) => `<p>${b}</p>`).join('')}</section>`);
    const r = parseArticlePage(html, { url: 'https://qazinform.com/news/rail-deal-1a2b3c' });
    expect(r.bodySource).toBe('generic');
    expect(r.text).toBe(body.join('\n\n'));
  });

  it('reads datePublished from a JSON-LD @graph and an author from JSON-LD, stripping the outlet from the title', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage' },
        {
          '@type': 'NewsArticle',
          datePublished: '2025-05-02T09:00:00+05:00',
          author: [{ name: 'Aruzhan Sarsenova' }],
        },
      ],
    });
    const html = page(
      `<article><p>${body.join('</p><p>')}</p></article>`,
      `<script type="application/ld+json">${ld}</script><meta property="og:site_name" content="Example News">`,
    );
    const r = parseArticlePage(html, { url: 'https://unknown.example.org/x' });
    expect(r.published).toBe('2025-05-02T09:00:00+05:00');
    expect(r.author).toBe('Aruzhan Sarsenova');
    expect(r.title).toBe('Rail deal');
  });

  it('reads <time datetime> and og:url when there is no canonical link', () => {
    const html = page(
      `<article><time datetime="2025-05-03T10:15:00+05:00">3 May</time><p>${body.join('</p><p>')}</p></article>`,
      '<meta property="og:url" content="/2025/rail">',
    );
    const r = parseArticlePage(html, { url: 'https://unknown.example.org/x?utm=1' });
    expect(r.published).toBe('2025-05-03T10:15:00+05:00');
    expect(r.canonicalUrl).toBe('https://unknown.example.org/2025/rail');
  });

  it('returns empty text and null metadata for a JavaScript shell without content', () => {
    const r = parseArticlePage(
      '<!doctype html><html><head><title></title></head><body><div id="root"></div><script>boot()</script></body></html>',
    );
    expect(r).toMatchObject({
      text: '',
      title: null,
      canonicalUrl: null,
      published: null,
      author: null,
      lang: null,
    });
  });
});

describe('parseArticlePage on broken markup', () => {
  it('survives thousands of unclosed nested tags without exhausting the stack', () => {
    const html = `<html><body>${'<font>'.repeat(20_000)}<p>Kazakhstan and China signed a deal.</p></body></html>`;
    expect(() => parseArticlePage(html, { url: 'https://unknown.example.org/x' })).not.toThrow();
  });

  it('keeps text under a few hundred levels of nesting', () => {
    const html = `<html><body>${'<div>'.repeat(300)}<p>${body[0]}</p><p>${body[1]}</p>${'</div>'.repeat(300)}</body></html>`;
    expect(parseArticlePage(html, { url: 'https://unknown.example.org/x' }).text).toBe(
      `${body[0]}\n\n${body[1]}`,
    );
  });
});

describe('short articles of known outlets', () => {
  it('keeps a short selector body instead of a longer unrelated block found by the generic finder', () => {
    const short = 'The Head of State received the Ambassador of Japan to Kazakhstan.';
    const html = `<html><body><div class="article"><h1>Reception</h1><div class="article-text"><p>${short}</p></div></div>
<div class="promo-text"><p>${body.join('</p><p>')}</p></div></body></html>`;
    const r = parseArticlePage(html, { url: 'https://www.akorda.kz/en/reception-1' });
    expect(r.text).toBe(short);
    expect(ParsedPage.safeParse(r).success).toBe(true);
  });
});

describe('generic finder against long comment threads and WordPress term classes', () => {
  it('prefers the article over a longer comment thread and keeps an <article> tagged "tag-china"', () => {
    const comments = Array.from(
      { length: 30 },
      (_, i) =>
        `<li class="comment"><p>Reader ${i}: I think this is important, because trade, transport and tourism all matter here, and the border crossings, frankly, are too slow.</p></li>`,
    ).join('');
    const html = `<html><body><div class="wrap"><article class="post-7 post type-post tag-china category-news"><div class="inner">${body
      .map((b) => `<p>${b}</p>`)
      .join('')}</div></article>
<section id="comments" class="comments-area"><ol class="comment-list">${comments}</ol></section></div></body></html>`;
    const r = parseArticlePage(html, { url: 'https://blog.example.net/2025/05/rail/' });
    expect(r.text).toBe(body.join('\n\n'));
  });
});

describe('visible dates and bylines', () => {
  it('takes the date and author printed with the headline, not those of a sidebar listed before it', () => {
    const html = `<html><body><div class="page"><aside class="side-col"><div class="item"><a href="/a">Other story</a><span class="item-date">12:00, 1 мая 2025</span><span class="author">Иван Петров</span></div></aside>
<div class="main-col"><div class="news"><h1>Рейс Алматы – Сиань</h1><div class="news-info"><span class="news-date">Вчера, 18:20</span><span class="author">Айгерим Нуржанова</span></div>
<div class="news-text">${body.map((b) => `<p>${b}</p>`).join('')}</div></div></div></div></body></html>`;
    const r = parseArticlePage(html, {
      url: 'https://news.example.kz/ru/reys',
      now: new Date('2025-05-20T10:00:00+05:00'),
    });
    expect(r.published).toBe('2025-05-19T18:20:00+05:00');
    expect(r.author).toBe('Айгерим Нуржанова');
  });
});
