import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests; invented outlets' wording, real officials. */
const day = (text: string, outlet: string) =>
  extractArticle({ id: 'r', lang: 'kk', outlet, published: '2025-05-16', text }).event?.eventDate ?? null;

describe('"today" in a relayed report', () => {
  it('reads no day from «Бүгін» when the lead cites another site («деп жазады Egemen.kz»)', () => {
    expect(
      day(
        'Бүгін Үрімжіде Қазақстанның сауда үйі ашылды. Рәсімге Сауда министрі Арман Шаққалиев қатысты, деп жазады Egemen.kz.\n\nҚытай тарапынан өңір басшылары келді.',
        'Ақтөбе газеті',
      ),
    ).toBeNull();
  });

  it('keeps «Бүгін» as the publication day when the outlet cites itself', () => {
    expect(
      day(
        'Бүгін Үрімжіде Қазақстанның сауда үйі ашылды. Рәсімге Сауда министрі Арман Шаққалиев қатысты, деп хабарлайды Egemen.kz.\n\nҚытай тарапынан өңір басшылары келді.',
        'Egemen.kz',
      ),
    ).toBe('2025-05-16');
  });
});
