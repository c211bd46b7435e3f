import { describe, expect, it } from 'vitest';
import { lookupCyrillic, lookupLatin } from '../../shared/extract/gazetteer/index.ts';
import { extractArticle } from '../../shared/extract/index.ts';

/** Participants and mentioned people of a text written for these tests. */
function split(text: string, lang: 'en' | 'ru', title?: string) {
  const r = extractArticle({ id: 't', text, lang, published: '2025-05-20', ...(title ? { title } : {}) });
  return {
    relevant: r.relevant,
    part: r.event?.participants.map((p) => p.name) ?? [],
    mentioned: r.event?.mentioned.map((p) => p.name) ?? [],
  };
}

describe('regional officials introduced by their posts', () => {
  it('reads an unknown name after a province, a city party committee or a city in Russian', () => {
    expect(
      split(
        'Аким Акмолинской области Марат Ахметжанов встретился с секретарем парткома провинции Цинхай Лу Вэньмином в Синине.',
        'ru',
      ).part,
    ).toContain('Lu Wenming');
    expect(
      split(
        'Аким Атырауской области Серик Шапкенов встретился с секретарем горкома Карамая Ван Дэлинем.',
        'ru',
      ).part,
    ).toEqual(expect.arrayContaining(['Serik Shapkenov', 'Wang Delin']));
  });

  it('reads "Vice Governor of <province> <name>" after another person joined by "and"', () => {
    expect(
      split(
        'Akim of Kostanay region Kumar Aksakalov and Vice Governor of Jilin Zhao Mingde attended the opening of the plant on May 20.',
        'en',
      ).part,
    ).toEqual(expect.arrayContaining(['Kumar Aksakalov', 'Zhao Mingde']));
  });

  it('knows more akims and provincial leaders, and Xinjiang prefectures make a report relevant', () => {
    expect(lookupLatin('Gauez Nurmukhambetov')?.country).toBe('KZ');
    expect(lookupCyrillic('Лян Хуэйлин')?.name).toBe('Liang Huiling');
    const r = split(
      'North Kazakhstan region akim Gauez Nurmukhambetov received a delegation of the Ili Kazakh Autonomous Prefecture in Petropavlovsk on May 20. The sides discussed grain supplies.',
      'en',
    );
    expect(r.relevant).toBe(true);
  });
});

describe('who takes part: bare surnames and plans', () => {
  it('a bare surname of someone named in full takes part in the clause it stands in', () => {
    const r = split(
      'Kazakhstan and China signed 12 documents in Beijing on May 20 during the visit of Prime Minister Olzhas Bektenov. Bektenov and Premier Li Qiang held talks before the ceremony.',
      'en',
    );
    expect(r.part).toEqual(expect.arrayContaining(['Olzhas Bektenov', 'Li Qiang']));
  });

  it('a president who only plans a visit is mentioned, the envoy and his host take part', () => {
    const r = split(
      'Chinese Ambassador Han Chunlin met Deputy Foreign Minister Alibek Bakayev in Astana on May 20. The ambassador said President Xi Jinping plans to pay a state visit to Kazakhstan in the autumn.',
      'en',
    );
    expect(r.part).toEqual(expect.arrayContaining(['Han Chunlin', 'Alibek Bakayev']));
    expect(r.part).not.toContain('Xi Jinping');
    expect(r.mentioned).toContain('Xi Jinping');
    const ru = split(
      '20 мая посол Казахстана в КНР Шахрат Нурышев встретился с заместителем министра иностранных дел КНР Сунь Вэйдуном. По словам посла, Си Цзиньпин планирует посетить Астану летом.',
      'ru',
    );
    expect(ru.part).not.toContain('Xi Jinping');
  });
});

describe('signing reports', () => {
  it('the leaders who witnessed the signing take part', () => {
    const r = split(
      'Kazakhstan and China signed 25 commercial deals in Astana on May 20 during the visit of Chinese Vice Premier Ding Xuexiang. First Deputy Prime Minister Roman Sklyar and Ding Xuexiang witnessed the exchange of documents.',
      'en',
    );
    expect(r.part).toEqual(expect.arrayContaining(['Roman Sklyar', 'Ding Xuexiang']));
  });
});

describe('a bare role reads its side from its own sentence', () => {
  it('does not take the guest country of the sentence before as the President’s', () => {
    const r = split(
      'Касым-Жомарт Токаев принял министра иностранных дел Китая Ван И. Президент попросил передать приветствие Председателю КНР Си Цзиньпину.',
      'ru',
    );
    expect(r.part).not.toContain('Xi Jinping');
    expect(r.mentioned).toContain('Xi Jinping');
  });
});

describe('other meetings of the same trip', () => {
  it('«также состоялись встречи с …» are other events: their counterparts are mentioned', () => {
    const r = split(
      'Премьер-министр Казахстана Олжас Бектенов в рамках официального визита в КНР провел переговоры с премьером Госсовета КНР Ли Цяном. Также состоялись встречи с председателем ПК ВСНП Чжао Лэцзи.',
      'ru',
    );
    expect(r.part).toEqual(expect.arrayContaining(['Olzhas Bektenov', 'Li Qiang']));
    expect(r.mentioned).toContain('Zhao Leji');
  });
});

describe('words reported inside an unquoted speech', () => {
  it('a leader whose words the speaker recalls is mentioned; the one quoting after his own words takes part', () => {
    const r = split(
      'President Kassym-Jomart Tokayev received Chinese Vice Premier Ding Xuexiang in the Akorda on May 20.\nWe admire the achievements of the Chinese people. Speaking at the forum this spring, President Xi said that openness brings prosperity. I fully share this view.',
      'en',
    );
    expect(r.part).toEqual(expect.arrayContaining(['Kassym-Jomart Tokayev', 'Ding Xuexiang']));
    expect(r.part).not.toContain('Xi Jinping');
  });
});
