import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Participants and mentioned names of one article (sentences written for these tests). */
function people(text: string, lang: 'en' | 'ru' | 'kk', title?: string) {
  const r = extractArticle({ id: 't', text, lang, title, published: '2026-05-20' });
  return {
    participants: r.event?.participants.map((p) => p.name) ?? [],
    mentioned: r.event?.mentioned.map((p) => p.name) ?? [],
  };
}

describe('participants come from the event clause, mentions from greetings, quotes and addressees', () => {
  it('keeps a president whose greetings were conveyed out of the talks (en)', () => {
    const got = people(
      'ASTANA, May 20 (Xinhua) -- Kazakh Deputy Prime Minister and Foreign Minister Yermek Kosherbayev held talks with Chinese Foreign Minister Wang Yi on Wednesday. Wang conveyed cordial greetings from Chinese President Xi Jinping to the Kazakh leadership. Both sides agreed to expand trade between China and Kazakhstan.',
      'en',
    );
    expect(got.participants).toEqual(['Yermek Kosherbayev', 'Wang Yi']);
    expect(got.mentioned).toEqual(['Xi Jinping']);
  });

  it('takes the sender of a condolence telegram and leaves its addressee mentioned (ru)', () => {
    const got = people(
      'Президент Казахстана Касым-Жомарт Токаев направил телеграмму соболезнования Председателю КНР Си Цзиньпину в связи с наводнением в провинции Хэнань.',
      'ru',
    );
    expect(got.participants).toEqual(['Kassym-Jomart Tokayev']);
    expect(got.mentioned).toEqual(['Xi Jinping']);
  });

  it('takes the author of a signed newspaper article (ru)', () => {
    const got = people(
      'В китайской газете «Жэньминь жибао» опубликована статья Президента Касым-Жомарта Токаева о сотрудничестве Казахстана и Китая.',
      'ru',
    );
    expect(got.participants).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('leaves names inside a quotation mentioned', () => {
    const got = people(
      'Kazakh Prime Minister Olzhas Bektenov met Chinese Vice Premier Ding Xuexiang in Beijing on Tuesday. "Under the leadership of President Xi Jinping, China has become our largest trading partner," Bektenov said.',
      'en',
    );
    expect(got.participants).toEqual(['Olzhas Bektenov', 'Ding Xuexiang']);
    expect(got.mentioned).toEqual(['Xi Jinping']);
  });

  it('reads a Kazakh telegram: the dative addressee is mentioned', () => {
    const got = people(
      'Мемлекет басшысы Қасым-Жомарт Тоқаев ҚХР Төрағасы Си Цзиньпинге көңіл айту жеделхатын жолдады. Қазақстан-Қытай қарым-қатынасы достық пен сенімге негізделген.',
      'kk',
    );
    expect(got.participants).toEqual(['Kassym-Jomart Tokayev']);
    expect(got.mentioned).toEqual(['Xi Jinping']);
  });
});

describe('other people and other meetings', () => {
  it('never takes the leader of a third country for a participant', () => {
    const got = people(
      'On the sidelines of the summit in Astana, Chinese President Xi Jinping met Kazakh President Kassym-Jomart Tokayev on Thursday to discuss trade between China and Kazakhstan. On the same day Xi held talks with Uzbek President Shavkat Mirziyoyev and Mongolian President Ukhnaagiin Khurelsukh.',
      'en',
    );
    expect(got.participants).toEqual(['Xi Jinping', 'Kassym-Jomart Tokayev']);
    expect(got.mentioned).toEqual(['Shavkat Mirziyoyev', 'Ukhnaagiin Khurelsukh']);
  });

  it('keeps a counterpart met at another meeting of the trip out of the lead meeting', () => {
    const got = people(
      'Kazakh Prime Minister Olzhas Bektenov held talks with Chinese Premier Li Qiang in Beijing on Monday, focusing on trade between Kazakhstan and China.\n\nThe sides discussed transport corridors and energy.\n\nAt a meeting with Chinese Commerce Minister Wang Wentao, Bektenov proposed new export lines for grain.',
      'en',
    );
    expect(got.participants).toEqual(['Olzhas Bektenov', 'Li Qiang']);
    expect(got.mentioned).toEqual(['Wang Wentao']);
  });

  it('leaves people of a meeting on another day mentioned', () => {
    const got = people(
      'On May 19, Kazakh Deputy Foreign Minister Alibek Bakayev held talks with Chinese Vice Foreign Minister Sun Weidong in Astana on relations between Kazakhstan and China.\n\nThe sides reviewed the schedule of high-level visits.\n\nOn May 20, Sun Weidong also held consultations with Kazakh Deputy Foreign Minister Roman Vassilenko.',
      'en',
    );
    expect(got.participants).toEqual(['Alibek Bakayev', 'Sun Weidong']);
    expect(got.mentioned).toEqual(['Roman Vassilenko']);
  });

  it('takes in all meetings of a visit reported as a whole', () => {
    const got = people(
      'Chinese Vice Premier Zhang Guoqing paid an official visit to Kazakhstan from May 18 to 20. During the visit, Zhang held talks with Kazakh Prime Minister Olzhas Bektenov. Zhang also met with Kazakh Deputy Prime Minister Serik Zhumangarin.',
      'en',
      'Chinese Vice Premier Zhang Guoqing pays official visit to Kazakhstan',
    );
    expect(got.participants).toEqual(['Zhang Guoqing', 'Olzhas Bektenov', 'Serik Zhumangarin']);
  });
});

describe('third countries from the one partner pack', () => {
  it('keeps leaders of third countries named by a demonym or a role out of the participants', () => {
    const got = people(
      'President Kassym-Jomart Tokayev met with President Xi Jinping in Astana on Tuesday. Polish President Andrzej Kowal and European Council President Marta Lind also attended the summit.',
      'en',
    );
    expect(got.participants).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping']);
  });
});

describe('names need evidence', () => {
  it('finds a company head named after his company in a sentence of capitalised words and short verbs', () => {
    const got = people(
      'Kazakh Minister of Industry Yerzhan Mukhamedov met with Chairman of China Railway Group Liu Hongwei in Astana.',
      'en',
    );
    expect(got.participants).toEqual(['Yerzhan Mukhamedov', 'Liu Hongwei']);
  });

  it('does not take Title Case headline words or possessives for names', () => {
    const got = people(
      'Chinese Premier Li Qiang met Kazakh Prime Minister Olzhas Bektenov in Astana on Tuesday to discuss cooperation between China and Kazakhstan.',
      'en',
      'Chinese Premier Hails Bektenov’s Reforms, Two Sides Agree To Push Green Energy Forward',
    );
    expect(got.participants).toEqual(['Li Qiang', 'Olzhas Bektenov']);
    expect(got.mentioned).toEqual([]);
  });

  it('resolves a bare "Head of State" in the event clause to the president named later', () => {
    const got = people(
      'The Head of State received Dai Houliang, Chairman of the Board of Directors of CNPC.\n\nThe sides discussed oil and gas projects in Kazakhstan and China.\n\nKassym-Jomart Tokayev drew attention to the importance of new refining capacity.',
      'en',
    );
    expect(got.participants).toEqual(['Dai Houliang', 'Kassym-Jomart Tokayev']);
  });

  it('takes a Chinese official who speaks after the meeting sentence, with no title (ru)', () => {
    const got = people(
      'Аким Жамбылской области Ербол Карашукеев встретился с делегацией китайской компании. Стороны обсудили строительство завода в Казахстане при участии Китая. Чжоу Минь отметил, что компания готова вложить 200 млн долларов.',
      'ru',
    );
    expect(got.participants).toEqual(['Yerbol Karashukeyev', 'Zhou Min']);
  });

  it('gives the spelling the article uses for a known official', () => {
    const got = people(
      'Chinese Premier Li Keqiang held talks with Kazakh Prime Minister Karim Masimov in Astana on Sunday, and the two sides discussed trade between China and Kazakhstan.',
      'en',
    );
    expect(got.participants).toEqual(['Li Keqiang', 'Karim Masimov']);
  });

  it('reads a hard-wrapped wire copy with a name broken over two lines', () => {
    const got = people(
      'ASTANA, Kazakhstan, May 20. Kazakhstan and China will build a new solar plant.\nThe akim of the Zhetysu region, Beibit\nIssabayev, received a delegation of the Chinese company Xinte Energy\nled by its vice president, Trend reports. Kazakhstan-China trade\nis growing and the parties discussed a solar power plant in the region\nwith China providing the equipment and the financing for the project.',
      'en',
    );
    expect(got.participants).toContain('Beibit Issabayev');
  });
});

describe('sources and statements', () => {
  it('does not read "US dollars" as a first-person "us" that makes a paragraph speech', () => {
    const got = people(
      'A Kazakhstan-China investment forum took place in Chengdu on May 19 with some 200 companies.\n\nDeputy Prime Minister Serik Zhumangarin addressed the forum. Deals worth 700 million US dollars were concluded.',
      'en',
      'Kazakh-Chinese investment forum held in Chengdu',
    );
    expect(got.participants).toEqual(['Serik Zhumangarin']);
  });

  it('keeps a spokesperson who reports a meeting out of it', () => {
    const got = people(
      'Kazakh President Kassym-Jomart Tokayev received Chinese Ambassador Han Chun in Akorda on Tuesday to discuss relations between Kazakhstan and China, press secretary Ruslan Zheldibay said.',
      'en',
    );
    expect(got.participants).toEqual(['Kassym-Jomart Tokayev', 'Han Chun']);
    expect(got.mentioned).toEqual(['Ruslan Zheldibay']);
  });

  it('takes the spokesperson whose statement is the whole event', () => {
    const got = people(
      'Chinese Foreign Ministry spokesperson Mao Ning said on Tuesday that China welcomes the entry into force of the visa-free agreement with Kazakhstan.',
      'en',
    );
    expect(got.participants).toEqual(['Mao Ning']);
  });
});

describe('spellings, bylines and speech without quote marks', () => {
  it('finds a known official under a variant transliteration and keeps the text’s spelling', () => {
    const got = people(
      'Chinese Vice Premier Zhang Gaoli held talks with Kazakh Prime Minister Bakytzhan Sagintaev in Astana on Tuesday on cooperation between China and Kazakhstan.',
      'en',
    );
    expect(got.participants).toEqual(['Zhang Gaoli', 'Bakytzhan Sagintaev']);
  });

  it('takes an op-ed’s signed author as its only participant, the meetings it recalls as background', () => {
    const got = people(
      'Хань Чунь, Чрезвычайный и Полномочный Посол КНР в Казахстане\n\nВ прошлом году Председатель КНР Си Цзиньпин и Президент Казахстана Касым-Жомарт Токаев провели переговоры в Астане. Отношения Китая и Казахстана вступили в новую эпоху.',
      'ru',
    );
    // «Хань Чунь» is the short form of the ambassador's name: the gazetteer gives his full one.
    expect(got.participants).toEqual(['Han Chunlin']);
    expect(got.mentioned).toEqual(['Xi Jinping', 'Kassym-Jomart Tokayev']);
  });

  it('reads a first-person paragraph without quote marks as the speaker’s words', () => {
    const got = people(
      'Президент Казахстана Касым-Жомарт Токаев провел встречу с вице-президентом КНР Хань Чжэном в Астане.\n\nМы высоко ценим итоги недавних переговоров с Председателем Си Цзиньпином, наши страны связывает вечное стратегическое партнерство Казахстана и Китая.',
      'ru',
    );
    expect(got.participants).toEqual(['Kassym-Jomart Tokayev', 'Han Zheng']);
    expect(got.mentioned).toEqual(['Xi Jinping']);
  });

  it('leaves the person met "on the first day of the visit" out of the lead event', () => {
    const got = people(
      'Kazakh Deputy Prime Minister Serik Zhumangarin opened the Kazakhstan–China business forum in Urumqi on Wednesday.\n\nThe forum gathered 300 companies from Kazakhstan and China.\n\nOn the first day of the visit, Zhumangarin held talks with Xinjiang Party Secretary Ma Xingrui.',
      'en',
    );
    expect(got.participants).toEqual(['Serik Zhumangarin']);
    expect(got.mentioned).toEqual(['Ma Xingrui']);
  });

  it('reads a Kazakh postposition: at the invitation of X, X is mentioned', () => {
    const got = people(
      'ҚХР Төрағасы Си Цзиньпиннің шақыруымен Президент Қасым-Жомарт Тоқаев Бейжіңге ресми сапармен барды. Қазақстан-Қытай қарым-қатынасы дамып келеді.',
      'kk',
    );
    expect(got.participants).toEqual(['Kassym-Jomart Tokayev']);
    expect(got.mentioned).toEqual(['Xi Jinping']);
  });
});

describe('surnames with a title', () => {
  it('resolves «председателем Си» to the one Chinese official of that title and keeps him mentioned', () => {
    const got = people(
      'Премьер-министр Казахстана Олжас Бектенов встретился с вице-премьером Госсовета КНР Дин Сюэсяном в Пекине. Стороны обсудили договоренности, достигнутые Президентом Казахстана и председателем Си, а также торговлю между Казахстаном и Китаем.',
      'ru',
    );
    expect(got.participants).toEqual(['Olzhas Bektenov', 'Ding Xuexiang']);
    expect(got.mentioned).toEqual(['Xi Jinping']);
  });
});

describe('roles that name an organisation or the next person', () => {
  it('does not take the company after "President of" for a person', () => {
    const got = people(
      'Kazakh Deputy Prime Minister Serik Zhumangarin met Ren Zhengfei, President of Huawei Technologies, in Astana to discuss Kazakhstan-China digital projects.',
      'en',
    );
    expect(got.participants).toEqual(['Serik Zhumangarin', 'Ren Zhengfei']);
  });
});
