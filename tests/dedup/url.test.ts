import { describe, expect, it } from 'vitest';
import { articleId, canonicalUrl, urlKeys } from '../../shared/dedup/index.ts';

describe('canonicalUrl', () => {
  const table: Array<[string, string]> = [
    ['http://Example.COM/News/Item/', 'https://example.com/News/Item'],
    [
      'https://www.astanatimes.com/2025/04/kazakhstan-china-talks/',
      'https://astanatimes.com/2025/04/kazakhstan-china-talks',
    ],
    [
      'https://astanatimes.com/2025/04/talks/?utm_source=telegram&utm_medium=social&utm_campaign=x',
      'https://astanatimes.com/2025/04/talks',
    ],
    [
      'https://timesca.com/story/?fbclid=IwAR0abc&gclid=xyz&yclid=1&ref=home&from=rss',
      'https://timesca.com/story',
    ],
    ['https://daryo.uz/en/2024/05/21/story#comments', 'https://daryo.uz/en/2024/05/21/story'],
    [
      'https://tengrinews.kz:443/kazakhstan_news/story-571204/',
      'https://tengrinews.kz/kazakhstan_news/story-571204',
    ],
    ['http://akorda.kz:80/en/events?page=2', 'https://akorda.kz/en/events?page=2'],
    ['https://site.kz/search?z=1&a=2&m=3', 'https://site.kz/search?a=2&m=3&z=1'],
    ['https://site.kz/a//b///c/', 'https://site.kz/a/b/c'],
    ['https://el.kz/ru/slug_112845/?amp;utm_source=rss', 'https://el.kz/ru/slug_112845'],
    ['https://example.com', 'https://example.com/'],
    [
      'https://astanatimes.com/2025/04/kazakhstan-china-talks/amp/',
      'https://astanatimes.com/2025/04/kazakhstan-china-talks',
    ],
    ['https://timesca.com/story/?amp=1', 'https://timesca.com/story'],
    ['https://example.com/amp', 'https://example.com/amp'],
    ['https://example.com/?utm_source=x', 'https://example.com/'],
    // Kazinform host aliases: English on qazinform.com, Russian/Kazakh on inform.kz
    [
      'https://www.inform.kz/en/kazakh-fm-meets-chinese-counterpart_a2640449/',
      'https://qazinform.com/en/kazakh-fm-meets-chinese-counterpart_a2640449',
    ],
    [
      'https://inform.kz/en/kazakh-fm-meets-chinese-counterpart_a2640449',
      'https://qazinform.com/en/kazakh-fm-meets-chinese-counterpart_a2640449',
    ],
    [
      'https://www.qazinform.com/news/kazakh-fm-meets-chinese-counterpart-48a38b/',
      'https://qazinform.com/news/kazakh-fm-meets-chinese-counterpart-48a38b',
    ],
    [
      'https://www.inform.kz/ru/ermek-kosherbaev-i-van-i-proveli-razgovor-7b31c0/',
      'https://inform.kz/ru/ermek-kosherbaev-i-van-i-proveli-razgovor-7b31c0',
    ],
    [
      'https://qazinform.com/ru/ermek-kosherbaev-i-van-i-proveli-razgovor-7b31c0',
      'https://inform.kz/ru/ermek-kosherbaev-i-van-i-proveli-razgovor-7b31c0',
    ],
    // other hosts keep their identity: only a leading www. goes
    ['https://english.news.cn/20250617/abc/c.html', 'https://english.news.cn/20250617/abc/c.html'],
    [
      'https://www.gov.kz/memleket/entities/mfa/press/news/details/1087342?lang=en',
      'https://gov.kz/memleket/entities/mfa/press/news/details/1087342?lang=en',
    ],
    [
      'https://www.mfa.gov.cn/eng/xw/zyxw/202512/t20251202_11766418.html',
      'https://mfa.gov.cn/eng/xw/zyxw/202512/t20251202_11766418.html',
    ],
    // Cyrillic paths are percent-encoded one way
    ['https://example.kz/новости/', 'https://example.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8'],
    [
      'https://example.kz/%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8',
      'https://example.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8',
    ],
  ];
  it.each(table)('canonicalises %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('is idempotent on every form of the table', () => {
    for (const [input] of table) expect(canonicalUrl(canonicalUrl(input))).toBe(canonicalUrl(input));
  });

  it('prefers the rel=canonical hint, resolving a relative one against the page URL', () => {
    expect(
      canonicalUrl(
        'https://qazinform.com/news/x-48a38b?utm_source=tg',
        'https://qazinform.com/news/x-48a38b/',
      ),
    ).toBe('https://qazinform.com/news/x-48a38b');
    expect(canonicalUrl('https://www.inform.kz/ru/old-story_a2640449', '/ru/old-story-48a38b')).toBe(
      'https://inform.kz/ru/old-story-48a38b',
    );
  });

  it('ignores a canonical hint that points at the front page or is not http(s)', () => {
    expect(canonicalUrl('https://astanatimes.com/2025/04/story/', 'https://astanatimes.com/')).toBe(
      'https://astanatimes.com/2025/04/story',
    );
    expect(canonicalUrl('https://astanatimes.com/2025/04/story/', 'javascript:void(0)')).toBe(
      'https://astanatimes.com/2025/04/story',
    );
  });

  it('returns an unparsable URL trimmed rather than throwing', () => {
    expect(canonicalUrl('  not a url ')).toBe('not a url');
  });
});

describe('urlKeys', () => {
  it('registers the old and the new Kazinform form of one story under a shared slug key', () => {
    const old = urlKeys(
      'https://www.inform.kz/en/kazakhstan-china-hold-strategic-dialogue-in-almaty_a2640449/',
    );
    const neu = urlKeys('https://qazinform.com/en/kazakhstan-china-hold-strategic-dialogue-in-almaty-48a38b');
    expect(old).toContain('kazinform-id:2640449');
    expect(neu).toContain('kazinform-hex:48a38b');
    const shared = old.filter((k) => neu.includes(k));
    expect(shared).toEqual(['kazinform-slug:en:kazakhstan-china-hold-strategic-dialogue-in-almaty']);
  });

  it('keeps Russian and English stories with the same slug apart', () => {
    const ru = urlKeys(
      'https://www.inform.kz/ru/kazakhstan-china-hold-strategic-dialogue-in-almaty_a2640449',
    );
    const en = urlKeys(
      'https://qazinform.com/news/kazakhstan-china-hold-strategic-dialogue-in-almaty-48a38b',
    );
    expect(ru.filter((k) => en.includes(k))).toEqual([]);
  });

  it('gives no slug key for a short generic slug that another story could reuse', () => {
    const keys = urlKeys('https://qazinform.com/news/china-talks-4a7c21');
    expect(keys.some((k) => k.startsWith('kazinform-slug:'))).toBe(false);
    expect(keys).toContain('kazinform-hex:4a7c21');
  });

  it('does not mistake an ordinary last word of six hex letters for a Kazinform id', () => {
    const keys = urlKeys('https://qazinform.com/news/kazakhstan-and-china-mark-a-decade');
    expect(keys).toEqual(['https://qazinform.com/news/kazakhstan-and-china-mark-a-decade']);
  });

  it('gives only the canonical URL for other sites', () => {
    expect(urlKeys('https://www.astanatimes.com/2025/04/story/?utm_source=x')).toEqual([
      'https://astanatimes.com/2025/04/story',
    ]);
  });
});

describe('articleId', () => {
  it('is ar_ + base36, stable, and equal for every spelling of one URL', () => {
    const a = articleId(canonicalUrl('http://www.timesca.com/story/?utm_source=x'));
    const b = articleId(canonicalUrl('https://timesca.com/story'));
    expect(a).toMatch(/^ar_[0-9a-z]+$/);
    expect(a).toBe(b);
    expect(articleId('https://timesca.com/other')).not.toBe(a);
  });
});
