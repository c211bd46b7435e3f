import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { limitNesting } from '../../shared/parse/depth.ts';
import { parseArticlePage } from '../../shared/parse/index.ts';

/** Deepest element nesting of a page, counted on its tags. */
function maxDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)(div|section|span)\b[^>]*>/g)) {
    depth += m[1] ? -1 : 1;
    max = Math.max(max, depth);
  }
  return max;
}

describe('nesting guard', () => {
  const deep = `<html><body><article>${'<div class="x">'.repeat(100_000)}deep words${'</div>'.repeat(100_000)}<p>Kazakhstan and China held talks in Astana on trade and transit.</p></article></body></html>`;

  it('cuts a page of 100,000 nested divs down to a sane depth, keeping all of its text', () => {
    const out = limitNesting(deep);
    expect(maxDepth(out)).toBeLessThanOrEqual(400);
    expect(out).toContain('deep words');
    expect(out).toContain('<p>Kazakhstan and China held talks');
    const page = parseArticlePage(deep, { url: 'https://example.kz/news/1' });
    expect(page.text).toContain('Kazakhstan and China held talks in Astana');
  });

  it('leaves real pages untouched, however long', () => {
    const real = readFileSync(
      new URL(
        '../fixtures/sites/qazinform.com/news/kazakhstan-china-hold-strategic-dialogue-in-almaty-48a38b.html',
        import.meta.url,
      ),
      'utf8',
    );
    expect(limitNesting(real)).toBe(real);
    const long = real.replace('</body>', `${'<p>More text of a long page.</p>'.repeat(5000)}</body>`);
    expect(long.length).toBeGreaterThan(64 * 1024);
    expect(limitNesting(long)).toBe(long);
  });

  it('does not count tags inside scripts and comments', () => {
    const tricky = `<html><body><script>${'var s = "<div>";'.repeat(10_000)}</script><!-- ${'<div>'.repeat(10_000)} --><p>Body</p></body></html>`;
    expect(limitNesting(tricky)).toBe(tricky);
  });
});
