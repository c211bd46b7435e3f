import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../shared/extract/lang-detect.ts';

/** Sentences written for these tests. */
describe('language detection', () => {
  it('tells Kazakh from Russian by the frequency of Kazakh letters, not their presence', () => {
    expect(
      detectLanguage('Мемлекет басшысы Қытай Халық Республикасының Төрағасымен телефон арқылы сөйлесті.'),
    ).toBe('kk');
    expect(
      detectLanguage(
        'Президент Казахстана провел переговоры с председателем КНР в резиденции Ақорда, сообщила пресс-служба главы государства.',
      ),
    ).toBe('ru');
  });

  it('reads Kazakh function words when the letter share is low', () => {
    expect(
      detectLanguage('Министр Астана мен Пекин арасындағы сауда туралы және инвестиция бойынша айтты.'),
    ).toBe('kk');
  });

  it('finds Chinese by its Han characters, even with Latin names in it', () => {
    expect(detectLanguage('国家主席习近平同哈萨克斯坦总统托卡耶夫举行会谈（Xinhua）。')).toBe('zh');
    expect(
      detectLanguage('Kazakh President Tokayev met Chinese President Xi Jinping in Astana on Tuesday.'),
    ).toBe('en');
    expect(detectLanguage('12 34')).toBe('other');
  });
});
