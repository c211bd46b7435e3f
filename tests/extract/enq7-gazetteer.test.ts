import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Participant names of an article (sentences written for these tests). */
const names = (lang: 'en' | 'ru', text: string) =>
  (extractArticle({ id: 'x', lang, published: '2024-09-10', text }).event?.participants ?? [])
    .map((p) => p.name)
    .sort();

describe('more officials of both sides', () => {
  it('knows Kazakh ministers and Chinese ministers in Russian case forms', () => {
    expect(
      names(
        'ru',
        'Министр чрезвычайных ситуаций Казахстана Чингис Аринов провел переговоры с министром по управлению в чрезвычайных ситуациях КНР Ван Сянси в Пекине.',
      ),
    ).toEqual(['Chingis Arinov', 'Wang Xiangxi']);
  });

  it('knows Chinese vice foreign ministers and Kazakh ministers in English', () => {
    expect(
      names(
        'en',
        'Chinese Vice Foreign Minister Miao Deyu held talks with Kazakh Minister of Industry and Construction Yersayin Nagaspayev in Astana on Monday.',
      ),
    ).toEqual(['Miao Deyu', 'Yersayin Nagaspayev']);
  });
});
