import { describe, expect, it } from 'vitest';
import { bareParagraphs } from '../../shared/parse/fragment.ts';
import { parseArticlePage } from '../../shared/parse/index.ts';

/** `<p >` is the same element to the parser but not a bare fragment: it takes the full DOM path. */
const longWay = (html: string): string => html.replaceAll('<p>', '<p >');

const fragments = [
  '<p>Astana and Urumqi opened a new bus route on Tuesday, the operator said.</p>\n<p>  Tickets   cost 40 dollars.\r\n</p>',
  '\n<p>Photo: Example Agency</p><p>The ministers discussed grain exports, rail transit and customs.</p>\n',
  '<p></p><p>   </p><p>Read also: other news</p>',
  '<p>Министры обсудили транзит грузов через Хоргос и строительство терминала.</p>\n<p>Ранее сообщалось, что Пекин и Берлин подписали соглашение о поставках.</p>\n<p>Другой абзац.</p>',
];

describe('bare <p> fragments', () => {
  it('yield exactly what the full DOM path yields', () => {
    for (const html of fragments) {
      expect(bareParagraphs(html, ['.entry-content'])).not.toBeNull();
      for (const url of [undefined, 'https://qazinform.com/news/x', 'https://timesca.com/a/']) {
        expect(parseArticlePage(html, { url })).toEqual(parseArticlePage(longWay(html), { url }));
      }
    }
  });

  it('are left to the parser when markup, entities or text outside paragraphs could change the result', () => {
    for (const html of [
      '<p>a &amp; b</p>',
      '<p>a <b>bold</b></p>',
      '<p class="x">a</p>',
      'text <p>a</p>',
      '<p>a</p><div>b</div>',
      '<p>a</p>\u00a0',
      '<p>a',
    ])
      expect(bareParagraphs(html, ['.entry-content'])).toBeNull();
  });

  it('are left to the parser when a selector could match a bare <p>', () => {
    const html = '<p>One paragraph of text.</p>';
    expect(bareParagraphs(html, ['p'])).toBeNull();
    expect(bareParagraphs(html, ['.a, p'])).toBeNull();
    expect(bareParagraphs(html, ['div > p'])).toBeNull();
    expect(bareParagraphs(html, ['#body', '.a.b'])).toEqual(['One paragraph of text.']);
    expect(parseArticlePage(html, { bodySelectors: ['p'] }).bodySource).toBe('p');
  });
});
