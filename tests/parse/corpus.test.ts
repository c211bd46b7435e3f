import { describe, expect, it } from 'vitest';
import { tokenF1 } from '../../shared/parse/f1.ts';
import { parseArticlePage } from '../../shared/parse/index.ts';
import { cases, expectedOf, htmlOf, nowOf } from './pages.ts';

const corpus = cases.filter((c) => !c.name.startsWith('seed-') && c.name !== 'elkz-000');

describe('outlet corpus', () => {
  it('has at least 12 pages beyond the seeds, several of them from outlets without a built-in selector', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    const generic = corpus.filter(
      (c) => parseArticlePage(htmlOf(c), { url: c.url }).bodySource === 'generic',
    );
    expect(generic.length).toBeGreaterThanOrEqual(3);
  });

  for (const c of corpus) {
    describe(c.name, () => {
      const page = parseArticlePage(htmlOf(c), { url: c.url, now: nowOf(c) });
      it('extracts the body a reader sees (token F1 ≥ 0.95 against the hand-written reference)', () => {
        expect(tokenF1(page.text, expectedOf(c))).toBeGreaterThanOrEqual(0.95);
      });
      it('keeps what belongs to the article and drops the boilerplate named for this page', () => {
        for (const s of c.mustContain ?? []) expect(page.text).toContain(s);
        for (const s of c.mustNotContain ?? []) expect(page.text).not.toContain(s);
      });
      it('reads title, canonical URL, published time, author and language', () => {
        expect(page.title).toBe(c.title);
        if (c.canonicalUrl !== undefined) expect(page.canonicalUrl).toBe(c.canonicalUrl);
        expect(page.published).toBe(c.published);
        if (c.author !== undefined) expect(page.author).toBe(c.author);
        expect(page.lang).toBe(c.lang ?? null);
      });
    });
  }
});
