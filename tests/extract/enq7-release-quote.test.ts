import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Participants and mentioned of an article (texts written for these tests). */
function people(text: string, title: string) {
  const e = extractArticle({ id: 'x', lang: 'ru', title, published: '2024-03-12', text }).event;
  return {
    part: (e?.participants ?? []).map((p) => p.name).sort(),
    ment: (e?.mentioned ?? []).map((p) => p.name).sort(),
  };
}

describe('names in a quoted official release', () => {
  it('reads the release as narration: its counterpart takes part', () => {
    const r = people(
      [
        'Как следует из сообщения Акорды, стороны обсудили торговлю и транзит.',
        '"В ходе встречи с послом КНР в Казахстане Чжан Сяо отмечена важность регулярного политического диалога", - говорится в сообщении.',
      ].join('\n\n'),
      'Касым-Жомарт Токаев обсудил с послом Китая развитие связей',
    );
    expect(r.part).toContain('Zhang Xiao');
  });

  it("keeps a person's quoted words a mention", () => {
    const r = people(
      [
        'Президент Казахстана Касым-Жомарт Токаев провел переговоры с послом КНР Чжан Сяо.',
        '"Мы помним визит Ли Цяна в прошлом году", - сказал посол.',
      ].join('\n\n'),
      'Токаев принял посла Китая',
    );
    expect(r.part).not.toContain('Li Qiang');
  });
});
