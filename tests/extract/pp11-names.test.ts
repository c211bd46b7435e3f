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

/** Participants and mentioned names of one article (sentences written for these tests, people invented). */
function split(text: string, title: string, lang?: 'ru') {
  const r = extractArticle({ id: 't', text, lang, title, published: '2026-05-20' });
  return {
    participants: r.event?.participants.map((p) => p.name) ?? [],
    mentioned: r.event?.mentioned.map((p) => p.name) ?? [],
  };
}

describe('commentators and former officials are sources, not parties (issue 19)', () => {
  it('takes a researcher who comments for mentioned', () => {
    const got = split(
      'Kazakh Foreign Minister Arman Tulegenov held talks with Chinese Foreign Minister Wang Yi in Beijing on Monday. Cooperation between the two countries keeps growing, Central Asia studies researcher Lin Wu said.',
      'Kazakh, Chinese foreign ministers hold talks',
    );
    expect(got.participants).not.toContain('Lin Wu');
    expect(got.mentioned).toContain('Lin Wu');
  });

  it('takes a former ambassador who tells a newspaper for mentioned (en, after the name)', () => {
    const got = split(
      'Kazakh Foreign Minister Arman Tulegenov held talks with Chinese Foreign Minister Wang Yi in Beijing on Monday. Lin Wu, former Chinese Ambassador to Kazakhstan, told a newspaper that the talks were important.',
      'Kazakh, Chinese foreign ministers hold talks',
    );
    expect(got.participants).not.toContain('Lin Wu');
    expect(got.participants).toContain('Wang Yi');
  });

  it('takes «бывший посол КНР» who comments for mentioned (ru)', () => {
    const got = split(
      'Министр иностранных дел Казахстана Арман Тулегенов провел переговоры с министром иностранных дел КНР Ван И в Пекине. Бывший посол КНР в Казахстане Линь У заявил, что переговоры были важными.',
      'Министры иностранных дел Казахстана и Китая провели переговоры',
      'ru',
    );
    expect(got.participants).not.toContain('Lin Wu');
    expect(got.participants).toContain('Wang Yi');
  });
});

describe('heads of international organisations are no side (issue 19)', () => {
  it('keeps the president of an international bank among the mentioned', () => {
    const got = split(
      'President Kassym-Jomart Tokayev held talks with Chinese Premier Li Qiang in Boao on Tuesday. The forum was also addressed by the President of the Asian Infrastructure Investment Bank Tao Xinlei.',
      'Tokayev and Li Qiang hold talks',
    );
    expect(got.participants).toContain('Li Qiang');
    expect(got.participants).not.toContain('Tao Xinlei');
  });
});

describe('a meeting hoped for is still to come (issue 19)', () => {
  it('keeps the leader someone "looked forward to meeting" among the mentioned (en)', () => {
    const got = split(
      'President Kassym-Jomart Tokayev received Chinese Ambassador Zhang Xiao on Monday. Tokayev said he looked forward to meeting Xi Jinping soon.',
      'Tokayev receives Chinese ambassador',
    );
    expect(got.participants).toContain('Zhang Xiao');
    expect(got.participants).not.toContain('Xi Jinping');
  });

  it('keeps «надежду на скорую встречу с Си Цзиньпином» a mention (ru)', () => {
    const got = split(
      'Президент Касым-Жомарт Токаев принял посла КНР Чжан Сяо. Токаев выразил надежду на скорую встречу с Председателем КНР Си Цзиньпином.',
      'Токаев принял посла КНР',
      'ru',
    );
    expect(got.participants).not.toContain('Xi Jinping');
    expect(got.mentioned).toContain('Xi Jinping');
  });
});

describe("an outlet's label before a role is no part of it (issue 19)", () => {
  it('keeps the minister after "City, The Daily Observer:" a participant, not a source', () => {
    const got = split(
      'Beijing, The Daily Observer: Chinese Foreign Minister Wang Yi and Kazakh Foreign Minister Arman Tulegenov held talks in Beijing on Friday. The ministers discussed trade between China and Kazakhstan.',
      'Chinese, Kazakh foreign ministers hold talks',
    );
    expect(got.participants).toContain('Wang Yi');
    expect(got.participants).toContain('Arman Tulegenov');
  });
});
