import { describe, expect, it } from 'vitest';
import { resolveEventDate } from '../../shared/extract/dates.ts';
import { buildDoc } from '../../shared/extract/sentences.ts';

/** The event date of an article (sentences written for these tests). */
const dateOf = (published: string | null, title: string | null, ...paras: string[]) =>
  resolveEventDate(buildDoc(title, paras.join('\n\n')).sentences, published);

describe("summit week: the pair's own meeting day", () => {
  it("beats the day of the group's arrival in the lead", () => {
    expect(
      dateOf(
        '2024-07-05',
        'Leaders gather in Chengdu ahead of the China-Central Asia Summit',
        'Central Asian presidents gathered in Chengdu on Friday for one-on-ones with Chinese President Xi Jinping, ahead of a summit due on Saturday.',
        'Flags of the six countries lined the main avenue of the city.',
        'Kazakh President Kassym-Jomart Tokayev came first, and his meeting with Xi on Thursday focused on transit and grain.',
      ),
    ).toBe('2024-07-04');
  });

  it('keeps the lead day without a round-up', () => {
    expect(
      dateOf(
        '2024-07-05',
        null,
        'Kazakh President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping in Chengdu on Friday.',
        'Their previous meeting with officials on Thursday was brief.',
      ),
    ).toBe('2024-07-05');
  });
});

describe('a dated background paragraph of another kind of happening', () => {
  it('is not the day of an undated meeting', () => {
    expect(
      dateOf(
        null,
        'Токаев принял посла Китая',
        'Президент Казахстана принял посла КНР и обсудил с ним торговлю и транзит.',
        'Стороны подчеркнули важность культурных связей.',
        '3 июня 2021 года премьер Госсовета КНР прилетел в Казахстан с официальным визитом.',
      ),
    ).toBeNull();
  });

  it('still dates a meeting told in a body sentence of the same kind', () => {
    expect(
      dateOf(
        null,
        'Токаев провел встречу с послом Китая',
        'Стороны подчеркнули важность культурных связей.',
        'Глава государства отметил рост товарооборота.',
        '3 июня 2021 года Президент Казахстана провел встречу с послом КНР.',
      ),
    ).toBe('2021-06-03');
  });
});
