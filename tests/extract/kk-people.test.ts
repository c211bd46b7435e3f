import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { arabicToCyrillic, latinToCyrillic } from '../../shared/extract/kk-script.ts';

/** Sentences written for these tests in the style of Kazakh outlets; real officials, invented occasions. */
const extract = (text: string, title?: string) =>
  extractArticle({ id: 'k', lang: 'kk', published: '2024-03-10', title, text });
const part = (r: ReturnType<typeof extract>) => r.event?.participants.map((p) => p.name).sort();
const ment = (r: ReturnType<typeof extract>) => r.event?.mentioned.map((p) => p.name).sort();

describe('Kazakh participants and mentioned people', () => {
  it('makes the sender of condolences the participant and the addressee mentioned', () => {
    const r = extract(
      'Президент Қасым-Жомарт Тоқаев ҚХР Төрағасы Си Цзиньпинге Сычуань провинциясындағы су тасқынына байланысты көңіл айтты.',
    );
    expect(part(r)).toEqual(['Kassym-Jomart Tokayev']);
    expect(ment(r)).toEqual(['Xi Jinping']);
  });

  it('reads an initial before the surname («Н.Назарбаев») with a case ending', () => {
    const r = extract('Елбасы Н.Назарбаев Пекинде ҚХР Төрағасы Ху Цзиньтаомен келіссөз жүргізді.');
    expect(part(r)).toEqual(['Hu Jintao', 'Nursultan Nazarbayev']);
  });

  it('keeps a leader named only as the subject of a coming visit («… алдағы сапары») mentioned', () => {
    const r = extract(
      'Сыртқы істер министрі Мұрат Нұртлеу ҚХР елшісі Хань Чуньлиньді қабылдады. Тараптар Ли Цянның алдағы сапарының бағдарламасын талқылады.',
    );
    expect(part(r)).toEqual(['Han Chunlin', 'Murat Nurtleu']);
    expect(ment(r)).toEqual(['Li Qiang']);
  });

  it('takes the host who met the guest at the airport («күтіп алды») as a participant', () => {
    const r = extract(
      'Қазақстанға сапармен келген ҚХР Төрағасы Си Цзиньпин мінген ұшақ Астана әуежайына келіп қонды. Мәртебелі меймандарды Қасым-Жомарт Тоқаев күтіп алды.',
    );
    expect(part(r)).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping']);
  });

  it('keeps people of an earlier meeting («… болатын») mentioned', () => {
    const r = extract(
      'Премьер-министр Әлихан Смайылов Үрімжіде Шыңжаң төрағасы Эркин Туниязбен кездесті. Бұған дейін Смайылов ҚХР Премьері Ли Кэцянмен кездескен болатын.',
    );
    expect(part(r)).toEqual(['Alikhan Smailov', 'Erkin Tuniyaz']);
    expect(ment(r)).toEqual(['Li Keqiang']);
  });
});

describe('Kazakh in Latin and Arabic script', () => {
  it('keeps a töte word with қ or ғ back-vowelled even when it has ە («توقاەۆ» = Тоқаев)', () => {
    expect(arabicToCyrillic('توقاەۆ')).toBe('тоқаев');
    expect(arabicToCyrillic('كەلدى')).toBe('келді');
    expect(arabicToCyrillic('كومپانيا')).toBe('көмпәния');
  });

  it('reads й written «y» between vowels and «i» after a vowel in the web spelling', () => {
    expect(latinToCyrillic('Búghan deyin ókilining aituynsha')).toBe('Бұған дейін өкілінің айтуынша');
  });
});

describe('Kazakh interviews and congratulations', () => {
  it('makes the one who told about a visit in an interview («… айтып берді») its participant', () => {
    const r = extract(
      'ҚХР-дың Қазақстандағы елшісі Хань Чуньлинь агенттікке берген сұхбатында Қазақстан мен Қытай арасындағы сауда ынтымақтастығы және Ли Цянның бұл жөніндегі пікірі туралы айтып берді.',
    );
    expect(part(r)).toEqual(['Han Chunlin']);
  });

  it('keeps the one congratulated (accusative) mentioned', () => {
    const r = extract('Қасым-Жомарт Тоқаев Си Цзиньпинді ҚХР Төрағасы болып қайта сайлануымен құттықтады.');
    expect(part(r)).toEqual(['Kassym-Jomart Tokayev']);
    expect(ment(r)).toEqual(['Xi Jinping']);
  });
});

describe('Kazakh role phrases before unknown names', () => {
  it('finds an akim and a Chinese official named only by their role, without the case ending', () => {
    const r = extract(
      'Жамбыл облысының әкімі Ержан Толғанбаев Ганьсу провинциясы үкіметінің орынбасары Ли Чжэнмен кездесті. Кездесуде Қазақстан мен Қытай өңірлерінің сауда ынтымақтастығы талқыланды.',
    );
    expect(part(r)).toEqual(['Li Zheng', 'Yerzhan Tolganbayev']);
  });
});

describe('«Елбасы» alone', () => {
  it('names Nazarbayev, with a case ending too', () => {
    const r = extract(
      'Елбасы Бейжіңде ҚХР Төрағасы Ху Цзиньтаомен кездесті. Ху Цзиньтао Елбасыға ынтымақтастық үшін алғыс айтты.',
      'Екі ел басшылары Бейжіңде келіссөз жүргізді',
    );
    expect(part(r)).toEqual(['Hu Jintao', 'Nursultan Nazarbayev']);
  });
});
