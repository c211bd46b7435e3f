import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** One article of our own (sentences written for these tests). */
const article = (lang: string, title: string, text: string) =>
  extractArticle({
    id: 't',
    url: null,
    outlet: 'Example',
    published: '2024-03-01',
    lang,
    title,
    text,
  } as never);

const names = (r: ReturnType<typeof article>, key: 'participants' | 'mentioned') =>
  (r.event?.[key] ?? []).map((p) => p.name);

describe('a known official spelled in Kazakh-Latin letters (q for k)', () => {
  it('is the gazetteer person under the English name', () => {
    const r = article(
      'en',
      'Talks in Astana',
      'Kazakh President Qasym-Jomart Toqayev met with Chinese Foreign Minister Wang Yi in Astana on Friday. Toqayev praised the cooperation.',
    );
    expect(names(r, 'participants')).toContain('Kassym-Jomart Tokayev');
    expect(names(r, 'participants')).not.toContain('Qasym-Jomart Toqayev');
  });

  it('leaves a Chinese name written with q alone', () => {
    const r = article(
      'en',
      'Premiers meet',
      'Chinese Premier Li Qiang met with Kazakh Prime Minister Olzhas Bektenov in Beijing on Friday.',
    );
    expect(names(r, 'participants')).toContain('Li Qiang');
  });
});
