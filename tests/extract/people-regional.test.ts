import { describe, expect, it } from 'vitest';
import { lookupCyrillic, lookupLatin } from '../../shared/extract/gazetteer/index.ts';
import { extractArticle } from '../../shared/extract/index.ts';

function people(text: string, lang: 'en' | 'ru', published = '2025-05-20') {
  const r = extractArticle({ id: 't', text, lang, published });
  return r.event?.participants.map((p) => p.name) ?? [];
}

describe('regional officials of both sides', () => {
  it('knows akims and provincial leaders in Latin and Cyrillic, one canonical name each', () => {
    expect(lookupLatin('Umirzak Shukeev')?.name).toBe('Umirzak Shukeyev');
    expect(lookupCyrillic('Умирзак Шукеев')?.name).toBe('Umirzak Shukeyev');
    expect(lookupLatin('Xin Changxing')?.country).toBe('CN');
    expect(lookupLatin('Han Chun')?.name).toBe('Han Chunlin');
  });

  it('finds a declined Chinese given name ending in -й («Ма Синжуем»)', () => {
    expect(
      people(
        'Премьер-министр Казахстана Олжас Бектенов встретился с секретарем парткома СУАР Ма Синжуем в Астане.',
        'ru',
      ),
    ).toEqual(expect.arrayContaining(['Ma Xingrui', 'Olzhas Bektenov']));
  });

  it('takes the akim and the Chinese ambassador of a regional meeting as participants', () => {
    expect(
      people(
        'Akim of Turkistan region Umirzak Shukeyev met with Chinese Ambassador to Kazakhstan Zhang Xiao in Turkistan.',
        'en',
        '2021-03-10',
      ),
    ).toEqual(['Umirzak Shukeyev', 'Zhang Xiao']);
  });
});
