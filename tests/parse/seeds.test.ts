import { describe, expect, it } from 'vitest';
import { tokenF1 } from '../../shared/parse/f1.ts';
import { parseArticlePage } from '../../shared/parse/index.ts';
import { cases, expectedOf, htmlOf, nowOf } from './pages.ts';

const seed = (name: string) => {
  const c = cases.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  return { c, page: parseArticlePage(htmlOf(c), { url: c.url, now: nowOf(c) }) };
};

describe('seed pages', () => {
  for (const name of ['seed-001', 'seed-002', 'seed-003', 'seed-004', 'elkz-000']) {
    it(`${name}: body matches the seed text minus boilerplate (token F1 ≥ 0.95)`, () => {
      const { c, page } = seed(name);
      expect(tokenF1(page.text, expectedOf(c))).toBeGreaterThanOrEqual(0.95);
    });
    it(`${name}: title, canonical URL, published time, author and language are right`, () => {
      const { c, page } = seed(name);
      expect(page.title).toBe(c.title);
      expect(page.canonicalUrl).toBe(c.canonicalUrl);
      expect(page.published).toBe(c.published);
      expect(page.author).toBe(c.author ?? null);
      expect(page.lang).toBe(c.lang);
    });
  }

  it('drops the trailing "Earlier Daryo reported" China–Uzbekistan paragraph and "Comments (0)" (002)', () => {
    const { page } = seed('seed-002');
    expect(page.text).not.toMatch(/Uzbekistan|Mirziyoyev|Xi Jinping|Earlier Daryo/);
    expect(page.text).not.toContain('Comments (0)');
    // The legitimate closing paragraph stays.
    expect(page.text.split('\n\n').at(-1)).toMatch(/^Cultural and humanitarian ties were also emphasized/);
  });

  it("drops 004's author bio, byline fragments and 'View more articles from…'", () => {
    const { page } = seed('seed-004');
    expect(page.text).not.toMatch(
      /Sergey Kwan|has worked for The Times|Bishkek Polytechnic|divider|View more articles/,
    );
    expect(page.text.split('\n\n').at(-1)).toMatch(/spirit of a high level of strategic partnership\.$/);
  });

  it('drops photo credits and "Read also" links inside the Kazinform body (001)', () => {
    const { page } = seed('seed-001');
    expect(page.text).not.toMatch(/Photo credit|Read also|visa-free regime comes into force/);
    expect(page.text.startsWith('At the invitation of the Chinese side')).toBe(true);
  });

  it('keeps a closing "As earlier reported" paragraph that names the article\'s own actors (003)', () => {
    const { page } = seed('seed-003');
    expect(page.text.split('\n\n').at(-1)).toBe(
      "As earlier reported, the Sixth China-Central Asia Foreign Ministers' Meeting kicked off in Almaty.",
    );
  });

  it('separates paragraphs by one blank line with normalised whitespace and no page chrome', () => {
    const { page } = seed('seed-002');
    expect(page.text).not.toMatch(/\n{3,}|[ \t]{2,}| \n|\n /);
    expect(page.text).not.toMatch(/gtag|dataLayer|Latest news|Log in to leave/);
    expect(page.text.split('\n\n')).toContain('Strengthening Strategic Partnership');
  });

  it('resolves a relative canonical link against the page URL (001)', () => {
    const { page } = seed('seed-001');
    expect(page.canonicalUrl).toBe(
      'https://qazinform.com/news/kazakh-fm-nurtleu-begins-official-visit-to-china-c1e2a3',
    );
  });
});
