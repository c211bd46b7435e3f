import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Participants of a one-paragraph article, as "Name (country; role)". */
function people(text: string, lang: 'en' | 'ru') {
  const r = extractArticle({ id: 't', text, lang, published: '2026-05-20' });
  return r.event?.participants.map((p) => `${p.name} (${p.country}; ${p.role})`) ?? [];
}

describe('officials the gazetteer does not know', () => {
  it('puts a declined Chinese surname back into the nominative («с … Чжаном Вэем» → Zhang Wei)', () => {
    const got = people(
      'Аким Алматинской области Марат Султангазиев встретился с генеральным консулом КНР в Алматы Чжаном Вэем. Стороны обсудили развитие торговли между Казахстаном и Китаем.',
      'ru',
    );
    expect(got).toContain('Zhang Wei (CN; Consul General)');
  });

  it('does not run one person’s title into the next person’s ("… Satkaliyev and China’s … head Zhang Jianhua")', () => {
    const got = people(
      "Kazakh Minister of Energy Almasadam Satkaliyev and China's National Energy Administration head Zhang Jianhua discussed gas supplies on Monday in Beijing, the Kazakh Energy Ministry said.",
      'en',
    );
    expect(got).toEqual([
      'Almasadam Satkaliyev (KZ; Minister of Energy)',
      'Zhang Jianhua (CN; National Energy Administration head)',
    ]);
  });

  it('keeps "and" inside a title ("Minister of Trade and Integration")', () => {
    const got = people(
      'Minister of Trade and Integration of Kazakhstan Arman Shakkaliyev held talks with Chinese Vice Minister of Commerce Li Fei in Beijing on expanding trade between Kazakhstan and China.',
      'en',
    );
    expect(got[0]).toBe('Arman Shakkaliyev (KZ; Minister of Trade and Integration)');
  });
});

describe('regional Kazakhstan–China ties', () => {
  it('counts a Kazakh region meeting a Chinese province as a Kazakhstan–China event', () => {
    const r = extractArticle({
      id: 'reg',
      title: 'Kostanay region expands trade with Heilongjiang',
      text: 'KOSTANAY – Akim of Kostanay region Kumar Aksakalov received a delegation of Heilongjiang province led by Vice Governor Wang Yixin on Thursday. The sides agreed to increase agricultural exports from the region to China and discussed a new grain terminal. Trade between the region and the Chinese province reached $120 million last year.',
      lang: 'en',
      published: '2026-05-21',
    });
    expect(r.relevant).toBe(true);
    expect(r.event?.participants.map((p) => p.name)).toEqual(['Kumar Aksakalov', 'Wang Yixin']);
    expect(r.event?.figures[0]).toMatchObject({ metric: 'trade_turnover', value: 120_000_000, year: 2025 });
  });

  it('keeps a Chinese province out of an official’s name and translates the Russian title', () => {
    const r = extractArticle({
      id: 'gov',
      text: 'Генеральный консул Республики Казахстан в Сиане Ержан Тастанов встретился с губернатором провинции Шэньси Чжао Ганом. Стороны обсудили расширение торгово-экономического сотрудничества между Казахстаном и провинцией.',
      lang: 'ru',
      published: '2026-05-21',
    });
    expect(r.event?.participants.map((p) => `${p.name} (${p.country}; ${p.role})`)).toEqual([
      'Yerzhan Tastanov (KZ; Consul General)',
      'Zhao Gang (CN; Governor)',
    ]);
  });
});

describe('statements, figures and planned documents', () => {
  it('takes a Chinese MFA statement about Kazakhstan as a Kazakhstan–China statement', () => {
    const r = extractArticle({
      id: 'st',
      title: "China welcomes Kazakhstan's position on Taiwan",
      text: "BEIJING, May 10 (Xinhua) -- Chinese Foreign Ministry spokesperson Mao Ning said on Friday that China appreciates Kazakhstan's firm support on issues concerning China's core interests, speaking at a regular press briefing.",
      lang: 'en',
      published: '2026-05-10',
    });
    expect(r.relevant).toBe(true);
    expect(r.event?.kind).toBe('statement');
  });

  it('gives "last year" only to the figure in its own clause', () => {
    const r = extractArticle({
      id: 'fig',
      text: 'Премьер-министр Казахстана Олжас Бектенов встретился с председателем Китайского совета по содействию международной торговле Жэнь Хунбинем. Объем китайских инвестиций в экономику Казахстана превысил 26 млрд долларов, товарооборот в прошлом году составил 44,1 млрд долларов.',
      lang: 'ru',
      published: '2026-04-02',
    });
    expect(r.event?.figures.map((f) => [f.metric, f.value, f.year])).toEqual([
      ['investment', 26_000_000_000, null],
      ['trade_turnover', 44_100_000_000, 2025],
    ]);
    expect(r.event?.participants.map((p) => `${p.name} (${p.role})`)).toContain('Ren Hongbin (Chairman)');
  });

  it('does not take "in June" for what a planned agreement is about', () => {
    const r = extractArticle({
      id: 'pl',
      title: 'Kazakhstan, China to sign visa-free travel agreement in June',
      text: 'Kazakhstan and China are expected to sign an agreement on mutual visa exemption for business travellers in June, Deputy Foreign Minister Alibek Bakayev told reporters in Astana on Wednesday.',
      lang: 'en',
      published: '2026-03-12',
    });
    expect(r.event?.agreements).toMatchObject([
      {
        docType: 'agreement',
        status: 'planned',
        title: expect.stringMatching(/^Agreement on mutual visa exemption/),
      },
    ]);
  });
});

describe('committee sessions', () => {
  it('takes the co-chairs of a session («под председательством») as participants, with English titles', () => {
    const r = extractArticle({
      id: 'cc',
      text: 'В Астане состоялось 13-е заседание Казахстанско-китайского комитета по сотрудничеству под председательством первого заместителя премьер-министра Романа Скляра и вице-премьера Госсовета КНР Дин Сюэсяна. По итогам заседания подписан протокол.',
      lang: 'ru',
      published: '2026-06-05',
    });
    expect(r.event?.kind).toBe('forum');
    expect(r.event?.participants.map((p) => `${p.name} (${p.role})`)).toEqual([
      'Roman Sklyar (First Deputy Prime Minister)',
      'Ding Xuexiang (Vice Premier of the State Council)',
    ]);
    expect(r.event?.mentioned).toEqual([]);
  });
});

describe('places are weaker evidence than countries', () => {
  it.each([
    [
      'en',
      'Kazakhstan and the European Union discussed cooperation in green energy at a meeting in Shanghai on April 3, 2025. The delegations reviewed 12 joint projects.',
    ],
    [
      'ru',
      'Казахстан и Узбекистан обсудили сотрудничество на встрече в Урумчи 3 апреля. Стороны рассмотрели 12 совместных проектов.',
    ],
    [
      'en',
      'The EU and China held a trade dialogue in Almaty on Monday, focusing on market access for European firms.',
    ],
    [
      'en',
      'Kazakhstan and Japan discussed cooperation in digital economy at a meeting in Shanghai on April 3, 2025.',
    ],
    [
      'en',
      'Kazakhstan and Uzbekistan discussed cooperation in critical minerals at a meeting in Shanghai on April 20, 2025. The ministers also discussed a new flight to Beijing from 2030.',
    ],
    [
      'ru',
      'Казахстан провел переговоры с Кыргызстаном в Пекине 23 апреля 2025 года. В бизнес-форуме приняли участие более 140 компаний двух стран.',
    ],
  ])(
    'a meeting of other partners hosted in a Chinese or Kazakh city is not a Kazakhstan–China event (%s)',
    (lang, text) => {
      expect(
        extractArticle({ id: 'p', text, lang: lang as 'en' | 'ru', published: '2025-04-04' }).relevant,
      ).toBe(false);
    },
  );
});

describe('known officials stand for their countries', () => {
  it('takes a call between two known foreign ministers as Kazakhstan–China even when no country is named on the Kazakh side', () => {
    const r = extractArticle({
      id: 'call',
      title: 'Нуртлеу и Ван И провели телефонный разговор',
      text: 'Заместитель премьер-министра – министр иностранных дел Мурат Нуртлеу провел телефонный разговор с министром иностранных дел КНР Ван И. Стороны обсудили подготовку к предстоящему визиту.',
      lang: 'ru',
      published: '2026-07-03',
    });
    expect(r.relevant).toBe(true);
    expect(r.event?.kind).toBe('phone_call');
    expect(r.event?.participants.map((p) => p.name).sort()).toEqual(['Murat Nurtleu', 'Wang Yi']);
  });
});

describe('capitals as the two sides', () => {
  it('still reads "Astana and Beijing" as Kazakhstan and China when no one else is involved', () => {
    const r = extractArticle({
      id: 'cap',
      text: 'Astana and Beijing agreed on Tuesday to open two new border crossings and to double rail freight by 2030, the transport ministries said after talks in Almaty.',
      lang: 'en',
      published: '2026-05-20',
    });
    expect(r.relevant).toBe(true);
  });
});
