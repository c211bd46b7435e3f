import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../shared/fetch/charset.ts';

const russian = 'Казахстан и Китай подписали меморандум о сотрудничестве';

describe('a charset label the bytes contradict', () => {
  it('reads windows-1251 bytes labelled UTF-8 as windows-1251', () => {
    expect(decodeBody(iconv.encode(`<p>${russian}</p>`, 'windows-1251'), 'text/html; charset=utf-8')).toBe(
      `<p>${russian}</p>`,
    );
  });

  it('prefers the page’s own declaration over the windows-1251 default when the label is wrong', () => {
    const html = `<meta charset="koi8-r"><p>${russian}</p>`;
    expect(decodeBody(iconv.encode(html, 'koi8-r'), 'text/html; charset=UTF-8')).toBe(html);
  });

  it('reads valid UTF-8 labelled windows-1251 as UTF-8', () => {
    expect(decodeBody(Buffer.from(russian, 'utf8'), 'text/html; charset=windows-1251')).toBe(russian);
  });

  it('keeps an honest label as it is, ASCII bodies included', () => {
    expect(decodeBody(iconv.encode(russian, 'windows-1251'), 'text/html; charset=windows-1251')).toBe(
      russian,
    );
    expect(decodeBody(Buffer.from('plain ascii', 'utf8'), 'text/plain; charset=windows-1251')).toBe(
      'plain ascii',
    );
  });
});
