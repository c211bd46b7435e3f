import { describe, expect, it } from 'vitest';
import { normaliseSpace } from '../../shared/parse/blocks.ts';
import { cleanParagraphs, isBoilerplateParagraph } from '../../shared/parse/boilerplate.ts';
import { bareParagraphs } from '../../shared/parse/fragment.ts';
import { parseArticlePage, parseArticleText } from '../../shared/parse/index.ts';
import { cases, htmlOf, nowOf } from './pages.ts';

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

describe('normaliseSpace', () => {
  /** The plain definition the shortcut must agree with. */
  const reference = (t: string): string =>
    t
      .replace(/[\u200b-\u200d]/g, '')
      .replace(/\s+/g, ' ')
      .trim();

  it('returns tidy text as it is and tidies everything else as the plain definition does', () => {
    for (const t of [
      'Already tidy text.',
      ' leading',
      'trailing ',
      'two  spaces',
      'tab\there',
      'no\u00a0break',
      'zero\u200bwidth',
      'a \u200b b',
      '\ufeffbom',
      'line\nbreak',
      '\u3000ideographic',
      '',
      ' ',
    ])
      expect(normaliseSpace(t)).toBe(reference(t));
  });
});

describe('isBoilerplateParagraph (one union per kind of pattern)', () => {
  it('still finds lines matched at the start and lines matched inside', () => {
    for (const line of [
      'Photo: Example Agency',
      'Фото: пресс-служба',
      '© Example News',
      'Read also: rail links to Urumqi',
      'Tags: China, trade',
      'The minister opens the bridge. (Xinhua/Li Ming)',
      'Самые свежие новости — в нашем канале',
      'Чтобы сообщить об ошибке, выделите его и нажмите Ctrl+Enter',
      'Follow us on Telegram for more',
    ])
      expect(isBoilerplateParagraph(line), line).toBe(true);
  });

  it('keeps prose', () => {
    for (const line of [
      'The ministers discussed photo exhibitions and a new rail route (about 900 km).',
      'Source documents were signed in Astana on Friday.',
      'Министры обсудили поставки зерна.',
    ])
      expect(isBoilerplateParagraph(line), line).toBe(false);
  });
});

describe('cleanParagraphs title repeat (compared only at a possible length)', () => {
  const body = ['The delegations met in the morning.', 'They signed two agreements on transit.'];

  it('drops the repeated title, also when lower-casing changes its length (İ)', () => {
    expect(cleanParagraphs(['Rail Talks Begin', ...body], 'RAIL TALKS BEGIN')).toEqual(body);
    expect(cleanParagraphs(['İZMIR TALKS BEGIN', ...body], 'İzmir talks begin')).toEqual(body);
  });

  it('keeps a paragraph that only starts like the title', () => {
    expect(cleanParagraphs(['Rail Talks Begin in Astana', ...body], 'Rail Talks Begin')).toHaveLength(3);
  });
});

describe('parseArticleText (what extraction reads)', () => {
  it('gives the title, text and date parseArticlePage gives, on every recorded page', () => {
    for (const c of cases) {
      const html = htmlOf(c);
      const now = nowOf(c);
      const full = parseArticlePage(html, { url: c.url, now });
      const lean = parseArticleText(html, { url: c.url, now, withPublished: true });
      expect(lean, c.file).toEqual({ title: full.title, text: full.text, published: full.published });
      expect(parseArticleText(html, { url: c.url, now, withPublished: false }).published).toBeNull();
    }
  });
});
