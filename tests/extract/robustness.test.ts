import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ArticleInput, ExtractResult } from '../../shared/domain/index.ts';
import { ValidationError } from '../../shared/errors.ts';
import { extractArticle } from '../../shared/extract/index.ts';

const seed = readFileSync(join(import.meta.dirname, '../fixtures/seeds/003_3bfb323d08df5942.txt'), 'utf8');

function valid(input: ArticleInput): ExtractResult {
  const result = extractArticle(input);
  expect(ExtractResult.safeParse(result).success).toBe(true);
  return result;
}

describe('odd input gives a result or a clear error, never a crash', () => {
  it('returns not relevant for empty and whitespace-only text', () => {
    expect(valid({ id: 'e1', text: '' })).toEqual({ relevant: false, event: null });
    expect(valid({ id: 'e2', text: ' \n\n\t ' })).toEqual({ relevant: false, event: null });
  });

  it('handles a 5 MB text by reading its head only, still finding the event at the top', () => {
    const filler = '\n\nThe weather in the region was mild and markets were calm. '.repeat(90_000);
    const big = `${seed}${filler}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const result = valid({ id: 'big', text: big, published: '2025-04-26' });
    expect(result.relevant).toBe(true);
    expect(result.event?.participants.map((p) => p.name)).toEqual(['Murat Nurtleu', 'Wang Yi']);
  });

  it('returns not relevant for text off the subject or in other languages (Chinese weather, German)', () => {
    // Chinese is read since issue 19: a Chinese text about the two countries is relevant (tests/extract/zh.test.ts).
    expect(valid({ id: 'zh', text: '今天北京天气晴朗，明天有小雨。市民出行请注意交通安全。' }).relevant).toBe(
      false,
    );
    expect(
      valid({ id: 'de', text: 'Der Wetterbericht für Berlin: morgen Regen, übermorgen Sonne und Wind.' })
        .relevant,
    ).toBe(false);
  });

  it('survives binary garbage', () => {
    const garbage = randomBytes(200_000).toString('latin1');
    expect(valid({ id: 'bin', text: garbage }).relevant).toBe(false);
  });

  it('reads an HTML page when the page parser cannot, from its <p> elements', () => {
    const paragraphs = seed
      .split(/\n+/)
      .filter((p) => p.trim())
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n');
    const html = `<!doctype html><html><head><title>Kazakhstan, China hold strategic dialogue</title>
<script>var ads = "Xi Jinping";</script></head><body><nav><a href="/">Home</a></nav>
<article class="article__body-text">${paragraphs}</article><footer><p>© Kazinform</p></footer></body></html>`;
    const result = valid({ id: 'h1', html, url: 'https://qazinform.com/news/x', published: '2025-04-26' });
    expect(result.relevant).toBe(true);
    expect(result.event?.location).toBe('Almaty');
    expect(result.event?.agreements.map((a) => a.docType)).toEqual(['memorandum', 'notes']);
  });

  it('throws a ValidationError for something that is not an article line', () => {
    expect(() => extractArticle(null as unknown as ArticleInput)).toThrow(ValidationError);
  });

  it('is deterministic: the same input gives the same output', () => {
    const a = extractArticle({ id: 'd1', text: seed, published: '2025-04-26' });
    const b = extractArticle({ id: 'd1', text: seed, published: '2025-04-26' });
    expect(a).toEqual(b);
  });
});
