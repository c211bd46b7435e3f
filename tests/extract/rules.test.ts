import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../shared/extract/agreements.ts';
import { publishedDate, resolveEventDate } from '../../shared/extract/dates.ts';
import { extractFigures } from '../../shared/extract/figures.ts';
import { extractArticle } from '../../shared/extract/index.ts';
import { classifyKind } from '../../shared/extract/kind.ts';
import { resolveLocation } from '../../shared/extract/location.ts';
import { nominative } from '../../shared/extract/names-ru.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';
import { detectLang } from '../../shared/extract/text.ts';
import {
  cyrillicWordToLatin,
  palladiusWordToPinyin,
  transliterateName,
} from '../../shared/extract/translit.ts';

const lead = (...texts: string[]): Sentence[] =>
  texts.map((text, i) => ({ text, para: i, zone: i < 2 ? 'lead' : 'body' }));

describe('transliteration', () => {
  it('writes Kazakh and Russian names English-style', () => {
    expect(cyrillicWordToLatin('Нуртлеу')).toBe('Nurtleu');
    expect(cyrillicWordToLatin('Жаксылыков')).toBe('Zhaksylykov');
    expect(cyrillicWordToLatin('Ермек')).toBe('Yermek');
    expect(cyrillicWordToLatin('Кошербаев')).toBe('Kosherbayev');
    expect(cyrillicWordToLatin('Кайрат')).toBe('Kairat');
    expect(cyrillicWordToLatin('Есенгалиев')).toBe('Yessengaliyev');
  });

  it('reads Palladius spellings of Chinese names as pinyin', () => {
    expect(transliterateName(['Хань', 'Чунь'], true)).toBe('Han Chun');
    expect(transliterateName(['Си', 'Цзиньпин'], true)).toBe('Xi Jinping');
    expect(palladiusWordToPinyin('Хунин')).toBe('Huning');
    expect(palladiusWordToPinyin('Сюэсян')).toBe('Xuexiang');
    expect(palladiusWordToPinyin('Чжаосюй')).toBe('Zhaoxu');
    expect(palladiusWordToPinyin('Нуртлеу')).toBeNull();
  });
});

describe('Russian case forms', () => {
  it('puts inflected names back into the nominative, also for first names not in the list', () => {
    expect(nominative(['Мурата', 'Нуртлеу'])).toEqual(['Мурат', 'Нуртлеу']);
    expect(nominative(['Ерболатом', 'Досаевым'])).toEqual(['Ерболат', 'Досаев']);
    expect(nominative(['Бейбитом', 'Исабаевым'])).toEqual(['Бейбит', 'Исабаев']);
    expect(nominative(['Дарига', 'Назарбаева'])).toEqual(['Дарига', 'Назарбаева']);
  });
});

describe('language detection', () => {
  it('tells English, Russian and Kazakh apart by script', () => {
    expect(detectLang('Kazakhstan and China held talks in Astana on Monday.')).toBe('en');
    expect(detectLang('Казахстан и Китай провели переговоры в Астане в понедельник.')).toBe('ru');
    expect(
      detectLang('Қазақстан мен Қытай Астанада келіссөздер жүргізді, екі ел ынтымақтастықты талқылады.'),
    ).toBe('kk');
  });
});

describe('event dates', () => {
  it('reads a wire dateline as the report day, not the event day (shared/dev/README.md)', () => {
    const s = lead(
      'ALMATY, April 25 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Murat Nurtleu on Thursday.',
    );
    expect(resolveEventDate(s, '2025-04-27')).toBe('2025-04-24');
    const bare = lead(
      'ALMATY, April 25 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Murat Nurtleu.',
    );
    expect(resolveEventDate(bare, '2025-04-27')).toBeNull();
  });

  it('resolves "today, April 26", "on Tuesday" and «20 мая» against the publication date', () => {
    expect(resolveEventDate(lead('The meeting was held today, April 26.'), '2025-04-26')).toBe('2025-04-26');
    expect(resolveEventDate(lead('The ministers met on Tuesday in Astana.'), '2024-11-29')).toBe(
      '2024-11-26',
    );
    expect(resolveEventDate(lead('Переговоры прошли 20 мая в Астане.'), '2024-05-21')).toBe('2024-05-20');
  });

  it('reads a UTC publication time stamp as the Kazakh local day', () => {
    expect(publishedDate('2025-04-25T21:30:00Z')).toBe('2025-04-26');
    expect(publishedDate('2025-04-25T21:30:00+08:00')).toBe('2025-04-25');
    expect(publishedDate('2025-04-25')).toBe('2025-04-25');
  });

  it('takes the previous year for a late-December date published in January', () => {
    expect(resolveEventDate(lead('The sides met on December 28 in Beijing.'), '2025-01-03')).toBe(
      '2024-12-28',
    );
  });

  it('ignores the date a report was announced on', () => {
    const s = lead(
      'KTZ signed an agreement, the company announced on April 16.',
      'It was signed in Xian on April 15.',
    );
    expect(resolveEventDate(s, '2025-04-16')).toBe('2025-04-15');
  });

  it('does not take the date of an earlier happening named in the body', () => {
    const s = lead(
      'The ministers held talks in Astana.',
      'They discussed trade.',
      'Earlier, the visa-free agreement signed on May 17, 2023 entered into force.',
    );
    expect(resolveEventDate(s, '2025-06-01')).toBe('2025-06-01');
  });

  it('uses the publication date only when nothing in the text contradicts it, else null', () => {
    expect(resolveEventDate(lead('The ministers held talks in Astana.'), '2025-06-01')).toBe('2025-06-01');
    expect(resolveEventDate(lead('The ministers held talks last week in Astana.'), '2025-06-01')).toBe(
      '2025-05-25',
    );
    expect(resolveEventDate(lead('The ministers met recently in Astana.'), '2025-06-01')).toBeNull();
    expect(resolveEventDate(lead('The ministers held talks in Astana.'), null)).toBeNull();
  });
});

describe('figures', () => {
  const figs = (text: string, pubYear: number | null = 2025) =>
    extractFigures(lead(text), pubYear).map((f) => [f.metric, f.value, f.unit, f.year]);

  it('normalises English and Russian money amounts to units', () => {
    expect(figs('In 2023, bilateral trade reached $41 bn.')).toEqual([['trade_turnover', 41e9, 'USD', 2023]]);
    expect(figs('Товарооборот в прошлом году составил 43,8 млрд долларов.')).toEqual([
      ['trade_turnover', 43.8e9, 'USD', 2024],
    ]);
    expect(figs('Chinese investments in the country reached USD 2.5 billion.')).toEqual([
      ['investment', 2.5e9, 'USD', null],
    ]);
    // The value of documents signed at the event is a figure of the event's (publication) year.
    expect(figs('Подписаны соглашения на $1,5 млрд.')).toEqual([['other', 1.5e9, 'USD', 2025]]);
  });

  it('reads a project portfolio with its project count', () => {
    expect(figs('The portfolio includes 224 projects worth $66.4 billion.')).toEqual([
      ['project_portfolio', 66.4e9, 'USD', null],
      ['project_count', 224, 'projects', null],
    ]);
  });

  it('does not count a bracketed currency conversion as a second figure', () => {
    expect(figs('China invested 10 billion yuan ($1.4 billion) in the project.')).toEqual([
      ['investment', 10e9, 'CNY', null],
    ]);
  });

  it('counts projects named without a money value', () => {
    expect(figs('Of these, 32 projects have already been completed.')).toEqual([
      ['project_count', 32, 'projects', null],
    ]);
  });

  it('gives each clause its own year and keeps "since 1997" cumulative', () => {
    expect(
      figs(
        'Last year, trade reached 43.8 billion US dollars, and in January–August 2025 it amounted to 30.1 billion US dollars.',
      ),
    ).toEqual([
      ['trade_turnover', 43.8e9, 'USD', 2024],
      ['trade_turnover', 30.1e9, 'USD', 2025],
    ]);
    expect(figs('Since 1997, the corporation has invested over 50 billion US dollars.')).toEqual([
      ['investment', 50e9, 'USD', null],
    ]);
  });
});

describe('agreements', () => {
  const ags = (...texts: string[]) =>
    extractAgreements(lead(...texts)).map((a) => `${a.docType}/${a.status}`);

  it('tells signed from planned documents, in English and Russian', () => {
    expect(ags('The two sides signed a memorandum on cooperation in green energy.')).toEqual([
      'memorandum/signed',
    ]);
    expect(ags('The ministers are set to sign an agreement on the third railway crossing.')).toEqual([
      'agreement/planned',
    ]);
    expect(ags('Соглашение о строительстве перехода планируется подписать в июне.')).toEqual([
      'agreement/planned',
    ]);
    expect(ags('Стороны подписали протокол о фитосанитарных требованиях.')).toEqual(['protocol/signed']);
  });

  it('reads "witnessed the signing of" and keeps a qualifying adjective in the title', () => {
    const out = extractAgreements(
      lead(
        'The leaders witnessed the signing of an intergovernmental agreement on mutual protection of investments during the visit.',
      ),
    );
    expect(out).toMatchObject([
      {
        docType: 'agreement',
        status: 'signed',
        title: 'Intergovernmental agreement on mutual protection of investments',
      },
    ]);
  });

  it('reads signed minutes of a committee meeting as a protocol', () => {
    expect(ags('After the meeting, the two co-chairs signed the minutes of the meeting.')).toEqual([
      'protocol/signed',
    ]);
  });

  it('ignores agreements reached earlier and documents signed at another time', () => {
    expect(
      ags('The parties reviewed the implementation of agreements reached at the highest level.'),
    ).toEqual([]);
    expect(ags('The visa-free agreement was signed in May 2023 in Xian during a state visit.')).toEqual([]);
  });

  it('counts a numbered batch of documents but not a bare back-reference', () => {
    // An unnamed batch is counted (agreementCount), not listed: the real dev-set convention.
    expect(ags('Kazakh and Chinese companies signed 30 commercial agreements worth $1.5 billion.')).toEqual(
      [],
    );
    expect(
      ags(
        'The sides signed a roadmap for industrial cooperation.',
        'The document was signed by the ministers.',
      ),
    ).toEqual(['roadmap/signed']);
  });
});

describe('kind and location', () => {
  it('classifies phone calls, visits, committee sessions and signings', () => {
    expect(classifyKind(lead('Tokayev held a telephone conversation with Xi Jinping.'))).toBe('phone_call');
    expect(classifyKind(lead('Wang Yi arrived in Kazakhstan for an official visit on May 20.'))).toBe(
      'visit',
    );
    expect(
      classifyKind(
        lead('Sklyar and Ding co-chaired the 12th meeting of the Kazakhstan-China Cooperation Committee.'),
      ),
    ).toBe('forum');
    expect(classifyKind(lead('KTZ and a Xian port operator signed an agreement on a joint terminal.'))).toBe(
      'agreement_signing',
    );
  });

  it('takes a visit to a country, or its accredited envoy, to its capital, and nothing else unnamed', () => {
    // The seeds' convention (../shared/seeds/gold.jsonl): a trip to a country as a whole is in its capital.
    expect(
      resolveLocation(
        lead('Nurtleu paid an official visit to the People\u2019s Republic of China.'),
        'visit',
      ),
    ).toBe('Beijing');
    expect(resolveLocation(lead('Wang Yi arrived in Kazakhstan for an official visit.'), 'visit')).toBe(
      'Astana',
    );
    expect(
      resolveLocation(
        lead('Wang Yi arrived in Kazakhstan on a visit and held talks in Almaty with Nurtleu.'),
        'meeting',
      ),
    ).toBe('Almaty');
    expect(
      resolveLocation(
        lead('Minister Sarybay met the new Ambassador of China to Kazakhstan Han Chun.'),
        'meeting',
      ),
    ).toBe('Astana');
    expect(
      resolveLocation(lead('Посол Казахстана в КНР Шахрат Нурышев встретился с замминистра.'), 'meeting'),
    ).toBe('Beijing');
    // A trip still to come has no venue yet, and an envoy met with no host country named gives none.
    expect(
      resolveLocation(lead('Wang Yi will pay an official visit to Kazakhstan next week.'), 'visit'),
    ).toBeNull();
    expect(resolveLocation(lead('The minister met the Chinese ambassador.'), 'meeting')).toBeNull();
  });

  it('takes no dateline city and keeps phone calls placeless (shared/dev/README.md)', () => {
    expect(
      resolveLocation(
        lead('BEIJING, Jan. 24 (Xinhua) -- Xi talked with Tokayev over the phone.'),
        'phone_call',
      ),
    ).toBeNull();
    expect(
      resolveLocation(lead('ТАЛДЫКОРГАН. КАЗИНФОРМ – Аким области встретился с послом КНР.')),
    ).toBeNull();
  });
});

describe('whole-article rules', () => {
  it('gives the full name for a later surname-only mention and a role from the article wording', () => {
    const ev = extractArticle({
      id: 'x1',
      published: '2025-02-18',
      text:
        'ASTANA – Kazakh Deputy Minister of Foreign Affairs Alibek Bakayev received Chinese Ambassador Han Chun on Tuesday.\n\n' +
        'The sides discussed the schedule of bilateral visits between Kazakhstan and China.\n\n' +
        '"China is our close neighbour," Minister Bakayev said.',
    }).event;
    expect(ev?.participants).toMatchObject([
      { name: 'Alibek Bakayev', role: 'Deputy Minister of Foreign Affairs', country: 'KZ' },
      { name: 'Han Chun', role: 'Ambassador', country: 'CN' },
    ]);
    expect(ev?.eventDate).toBe('2025-02-18');
    // "ASTANA –" is the outlet's dateline, not a venue the text states.
    expect(ev?.location).toBeNull();
  });
});
