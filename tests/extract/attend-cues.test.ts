import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests (agency style); real officials, invented occasions. */
const extract = (lang: 'ru' | 'en', title: string, text: string) =>
  extractArticle({ id: 't', lang, published: '2024-06-12', title, text });
const names = (r: ReturnType<typeof extract>) => r.event?.participants.map((p) => p.name).sort() ?? [];
const mentioned = (r: ReturnType<typeof extract>) => r.event?.mentioned.map((p) => p.name).sort() ?? [];

describe('presence cues of a clause (issue 12)', () => {
  it('makes the one «в сопровождении» whom a guest came a participant', () => {
    const r = extract(
      'ru',
      'Ли Цян посетил технопарк в Астане',
      'Премьер Госсовета КНР Ли Цян посетил технопарк в Астане. В 11:00 Ли Цян в сопровождении премьер-министра Казахстана Олжаса Бектенова вошел в главный зал технопарка.',
    );
    expect(names(r)).toContain('Olzhas Bektenov');
  });

  it('makes everyone who cut the ribbon at an opening a participant', () => {
    const r = extract(
      'ru',
      'В Урумчи открылся торговый дом Казахстана',
      'В Урумчи открылся торговый дом Казахстана. Ленточку у входа перерезали министр торговли Казахстана Арман Шаккалиев и вице-губернатор Синьцзяна Эркин Туниязов.',
    );
    expect(names(r)).toContain('Arman Shakkaliyev');
  });

  it('reads an inverted attribution with its setting («– сказал в приветственном слове посол X») as X speaking', () => {
    const r = extract(
      'ru',
      'В Астане отметили годовщину установления дипотношений Казахстана и КНР',
      'В Астане прошел прием по случаю годовщины установления дипломатических отношений Казахстана и Китая. «Наши страны связывает давняя дружба», – сказал в приветственном слове посол КНР в Казахстане Чжан Сяо.',
    );
    expect(names(r)).toContain('Zhang Xiao');
    expect(mentioned(r)).not.toContain('Zhang Xiao');
  });

  it('keeps the one spoken with («– сказал в беседе с X») out of the speakers', () => {
    const r = extract(
      'ru',
      'Посол КНР рассказал о планах',
      'Посол КНР в Казахстане Хань Чунь рассказал о планах сотрудничества. «Мы ждем новых проектов», – сказал он в беседе с журналистом Иваном Петровым.',
    );
    expect(names(r)).not.toContain('Ivan Petrov');
  });
});
