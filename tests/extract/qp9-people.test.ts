import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Participants and mentioned names of one article (sentences written for these tests, people invented). */
function people(text: string, lang: 'en' | 'ru', title?: string) {
  const r = extractArticle({ id: 't', text, lang, title, published: '2026-05-20' });
  return {
    participants: r.event?.participants.map((p) => p.name) ?? [],
    mentioned: r.event?.mentioned.map((p) => p.name) ?? [],
  };
}

describe('unknown officials introduced by a counterpart word or a military rank', () => {
  it('takes "his Kazakh counterpart X" as a named official (en)', () => {
    const got = people(
      'Chinese Foreign Minister Wang Yi held a phone call on Tuesday with his Kazakh counterpart Arman Tulegenov. Both ministers discussed trade between China and Kazakhstan.',
      'en',
    );
    expect(got.participants).toContain('Arman Tulegenov');
  });

  it('takes «своим казахстанским коллегой X» as a named official (ru)', () => {
    const got = people(
      'Министр иностранных дел КНР Ван И провел в Пекине переговоры со своим казахстанским коллегой Арманом Тулегеновым. Стороны обсудили торговлю Казахстана и Китая.',
      'ru',
    );
    expect(got.participants).toHaveLength(2);
    expect(got.participants.some((n) => n.startsWith('Arman Tulegen'))).toBe(true);
  });

  it('reads a military rank between the post and the name (ru)', () => {
    const got = people(
      'В Министерстве обороны Казахстана состоялась встреча министра обороны генерал-лейтенанта Серика Жаксыбекова с послом КНР Ван Минем. Стороны обсудили военное сотрудничество Казахстана и Китая.',
      'ru',
    );
    expect(got.participants.some((n) => n.startsWith('Serik Zhaksyb'))).toBe(true);
  });
});

describe('counterparts of a round-up of meetings, speakers and third-country officials', () => {
  it('takes the host of "separate meetings with" as a participant, the third country guest not', () => {
    const got = people(
      'Chinese Premier Li Qiang made the remarks during separate meetings in Beijing with Kazakh Prime Minister Olzhas Bektenov and Uzbek Prime Minister Abdulla Aripov. Bektenov said Kazakhstan values its partnership with China.',
      'en',
    );
    expect(got.participants).toEqual(['Li Qiang', 'Olzhas Bektenov']);
    expect(got.mentioned).toEqual(['Abdulla Aripov']);
  });

  it('reads an official named after a "US" acronym as a third country official, never a participant', () => {
    const got = people(
      'Kazakh President Kassym-Jomart Tokayev received holiday greetings from Chinese President Xi Jinping on Friday. US President John Marlow also congratulated Tokayev on the holiday.',
      'en',
    );
    expect(got.participants).not.toContain('John Marlow');
  });

  it('makes the subject of "claimed" a speaker of the event (en)', () => {
    const got = people(
      'Chinese Foreign Minister Wang Yi held a phone call on Monday with his Kazakh colleague. Kazakh Foreign Minister Arman Tulegenov claimed that the unrest had been organised from abroad.',
      'en',
    );
    expect(got.participants).toEqual(['Wang Yi', 'Arman Tulegenov']);
  });

  it('makes the subject of «подтвердил» a speaker of the event (ru)', () => {
    const got = people(
      'Министр иностранных дел КНР Ван И провел телефонный разговор со своим казахстанским коллегой. Министр иностранных дел Казахстана Арман Тулегенов подтвердил готовность к сотрудничеству с Китаем.',
      'ru',
    );
    expect(got.participants).toHaveLength(2);
  });
});

describe('the speaker of relayed words who is told to have held a meeting', () => {
  it('reads «заявил министр иностранных дел Китая X» as speech: the stem covers «Китая»', () => {
    const got = people(
      'Китай готов углублять стратегическое партнерство с Казахстаном. Об этом заявил министр иностранных дел Китая Ван И на брифинге в Пекине.',
      'ru',
    );
    expect(got.participants).toEqual(['Wang Yi']);
  });

  it('takes the antecedent of «, который … провел встречу с X» and X as the counterparts', () => {
    const got = people(
      'ПЕКИН, 15 мая. Китай намерен расширять межпарламентские связи с Казахстаном. "Мы ценим дружбу наших народов", - приводит агентство Синьхуа слова Чжао Лэцзи, который 14 мая провел в Пекине встречу с председателем Сената Казахстана Мауленом Ашимбаевым.',
      'ru',
    );
    expect(got.participants).toEqual(['Zhao Leji', 'Maulen Ashimbayev']);
  });

  it('does not set the sentence the kind was read from on another day than a relaying dateline', () => {
    const got = people(
      'ПЕКИН, 15 мая. /Агентство/. Китай намерен расширять межпарламентские связи с Казахстаном. Об этом заявил председатель Постоянного комитета ВСНП Чжао Лэцзи.\n\nПарламенты двух стран поддерживают регулярные обмены делегациями.\n\n"Мы ценим дружбу наших народов", - приводит агентство слова Чжао Лэцзи, который 14 мая провел в Пекине встречу с председателем Сената Казахстана Мауленом Ашимбаевым.',
      'ru',
      'Китай намерен расширять связи с Казахстаном',
    );
    expect(got.participants).toEqual(['Zhao Leji', 'Maulen Ashimbayev']);
  });
});

describe('one day of meetings with a group of company heads', () => {
  it('takes the head "also met" in the body as a participant of the group meeting', () => {
    const got = people(
      'ASTANA – President Kassym-Jomart Tokayev held several meetings on Tuesday with the heads of large Chinese companies working in Kazakhstan. At the meeting with CITIC Group Chairman Zhu Hexin, the sides discussed new plants. Tokayev also met with Wang Ming, chairman of the Example Power Corporation, to discuss wind farms.',
      'en',
    );
    expect(got.participants).toContain('Wang Ming');
  });
});
