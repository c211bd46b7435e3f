import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../shared/extract/kind.ts';
import { buildDoc } from '../../shared/extract/sentences.ts';

/** The kind of an article (sentences written for these tests). */
const kindOf = (title: string | null, ...paras: string[]) =>
  classifyKind(buildDoc(title, paras.join('\n\n')).sentences);

describe('a signing headline whose body says where the documents were signed', () => {
  it('is the meeting the body names, not the visit the lead opens with', () => {
    expect(
      kindOf(
        'Карагандинская область подписала пять меморандумов с китайской провинцией Шаньси',
        'В Карагандинской области состоялся официальный визит делегации провинции Шаньси.',
        'Делегацию возглавил заместитель губернатора провинции.',
        'В ходе встречи стороны подписали пять меморандумов о сотрудничестве в сфере энергетики и образования.',
      ),
    ).toBe('meeting');
  });

  it('stays the visit when the body puts the signing within the visit', () => {
    expect(
      kindOf(
        'Карагандинская область подписала пять меморандумов с китайской провинцией Шаньси',
        'В Карагандинской области состоялся официальный визит делегации провинции Шаньси.',
        'Делегацию возглавил заместитель губернатора провинции.',
        'В рамках визита стороны подписали пять меморандумов о сотрудничестве.',
      ),
    ).toBe('visit');
  });
});

describe('an official release quoted as the whole lead', () => {
  it('reads the meeting the quoted release names', () => {
    expect(
      kindOf(
        'Президент Казахстана поручил расширить связи с Китаем',
        '"В ходе встречи с послом КНР в Казахстане подчеркнута важность торговых связей", - говорится в сообщении.',
      ),
    ).toBe('meeting');
  });

  it('leaves a quote of a person to the other rules', () => {
    expect(
      kindOf(
        'Эксперт о перспективах торговли с Китаем',
        '"Встреча лидеров в прошлом году дала новый импульс", - сказал экономист.',
      ),
    ).not.toBe('meeting');
  });
});

describe("summit week: the pair's one-on-ones", () => {
  it('is a meeting, not the summit, when the lead names one-on-ones with the host', () => {
    expect(
      kindOf(
        'Leaders gather in Chengdu ahead of the China-Central Asia Summit',
        'Central Asian presidents gathered in Chengdu on Monday for one-on-ones with Chinese President Xi Jinping, ahead of a summit due on Tuesday.',
      ),
    ).toBe('meeting');
  });
});
