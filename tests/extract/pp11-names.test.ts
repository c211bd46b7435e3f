import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { findNames } from '../../shared/extract/names.ts';

/** Participants of one article (sentences written for these tests, people invented). */
function participants(text: string, title: string, lang?: 'ru'): string[] {
  const r = extractArticle({ id: 't', text, lang, title, published: '2026-05-20' });
  return r.event?.participants.map((p) => p.name) ?? [];
}

const KK_TAIL = 'Тараптар Қазақстан мен Қытай арасындағы сауда-экономикалық ынтымақтастықты талқылады.';
const RU_TAIL = 'Стороны обсудили торгово-экономическое сотрудничество Казахстана и Китая.';

describe('officials named by initials and surname (issue 19)', () => {
  it('reads «төрағасы Т.Б. Сейтқалиев» after a Kazakh role as a participant', () => {
    const got = participants(
      `Қалалық мәслихаттың төрағасы Т.Б. Сейтқалиев ҚХР Бас консулы Ван Линьмен кездесті. ${KK_TAIL}`,
      'Мәслихат төрағасы Қытай консулымен кездесті',
    );
    expect(got).toContain('T.B. Seitkaliyev');
  });

  it('reads the surname-first form «Ержанов А.Б.» and a Russian instrumental after initials', () => {
    const hits = findNames('В приеме участвовал заместитель акима области Ержанов А.Б.', 'ru');
    expect(hits.map((h) => h.name)).toContain('A.B. Yerzhanov');
    const inst = findNames('Консул встретился с заместителем акима области А.Б. Ержановым.', 'ru');
    expect(inst.map((h) => h.name)).toContain('A.B. Yerzhanov');
  });

  it('leaves initials with no role phrase alone', () => {
    const hits = findNames('Об этом сообщил в интервью А.Б. Ержанов.', 'ru');
    expect(hits.map((h) => h.name)).not.toContain('A.B. Yerzhanov');
  });
});

describe('Chinese names in case forms (issue 19)', () => {
  it('takes the Kazakh accusative off a Chinese name («Ван Сяодунды қабылдады»)', () => {
    const got = participants(
      `Облыс әкімі Ерлан Қарабаев Шэньси провинциясының вице-губернаторы Ван Сяодунды қабылдады. ${KK_TAIL}`,
      'Әкім Қытай делегациясын қабылдады',
    );
    expect(got).toContain('Wang Xiaodong');
  });

  it('keeps a Kazakh surname that ends like an accusative («Сатыбалды»)', () => {
    const hits = findNames('Облыс әкімі Дәурен Сатыбалды Қытай делегациясын қабылдады.', 'ru');
    expect(hits.map((h) => h.name)).toContain('Dauren Satybaldy');
  });

  it('reads a less frequent Chinese surname in the Russian instrumental («Лоу Цзюнем»)', () => {
    const got = participants(
      `Депутат Мажилиса Ерлан Саиров встретился с советником посольства Лоу Цзюнем. ${RU_TAIL}`,
      'Встреча в посольстве',
      'ru',
    );
    expect(got).toContain('Lou Jun');
  });
});
