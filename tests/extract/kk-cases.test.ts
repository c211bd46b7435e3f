import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { latinToCyrillic } from '../../shared/extract/kk-script.ts';

/** Sentences written for these tests (Akorda/Kazinform style); names of real officials, invented occasions. */
const extract = (text: string, published = '2024-06-01') =>
  extractArticle({ id: 'k', lang: 'kk', published, text });
const names = (r: ReturnType<typeof extract>) => r.event?.participants.map((p) => p.name).sort();

describe('Kazakh dates, people and messages', () => {
  it('reads a year written before the day («2019 жылғы 25 сәуірде»)', () => {
    const r = extract('2019 жылғы 25 сәуірде Нұр-Сұлтанда Қасым-Жомарт Тоқаев Чжу Хайлуньмен кездесті.');
    expect(r.event?.eventDate).toBe('2019-04-25');
    expect(names(r)).toEqual(['Kassym-Jomart Tokayev', 'Zhu Hailun']);
  });

  it('reads «2021 жылы 3 ақпанда» with the year, not the nearest one to the report', () => {
    const r = extract('2021 жылы 3 ақпанда Президент Тоқаев Ақордада ҚХР елшісі Чжан Сяоны қабылдады.');
    expect(r.event?.eventDate).toBe('2021-02-03');
    expect(names(r)).toEqual(['Kassym-Jomart Tokayev', 'Zhang Xiao']);
  });

  it('finds a titled bare surname with a case suffix («Елбасы Назарбаевпен»)', () => {
    const r = extract('Елбасы Назарбаевпен Чэнь Цюаньго 10 қыркүйекте Астана қаласында кездесті.');
    expect(names(r)).toEqual(['Chen Quanguo', 'Nursultan Nazarbayev']);
  });

  it('finds provincial leaders in their case forms («Ван Вэйчжунмен»)', () => {
    const r = extract(
      'Премьер-министрдің орынбасары Серік Жұманғарин 20 қазанда Гуанчжоуда Гуандун губернаторы Ван Вэйчжунмен кездесті.',
    );
    expect(names(r)).toEqual(['Serik Zhumangarin', 'Wang Weizhong']);
    expect(r.event?.location).toBe('Guangzhou');
  });

  it('takes a condolence message between the leaders as a relevant statement', () => {
    const r = extract(
      'Мемлекет басшысы Қасым-Жомарт Тоқаев ҚХР Төрағасы Си Цзиньпинге су тасқыны салдарынан адамдардың қаза табуына байланысты көңіл айту жеделхатын жолдады.',
    );
    expect(r.relevant).toBe(true);
    expect(r.event?.kind).toBe('statement');
  });

  it('reads the bare surname «Тоқаев» with its case forms', () => {
    const r = extract('Тоқаев 8 шілдеде Астанада ҚХР Сыртқы істер министрі Ван Имен кездесті.');
    expect(names(r)).toEqual(['Kassym-Jomart Tokayev', 'Wang Yi']);
  });

  it('takes an envoy telling about the upcoming visit («алдағы сапары») as a visit preview', () => {
    const r = extract(
      'ҚХР-дың Қазақстандағы елшісі Хань Чуньлинь брифингте Си Цзиньпиннің Қазақстанға алдағы мемлекеттік сапары туралы айтып берді.',
    );
    expect(r.relevant).toBe(true);
    expect(r.event?.kind).toBe('visit');
  });

  it('counts «20-дан астам құжатқа қол қойылды» as a batch of 20, not one generic agreement', () => {
    const r = extract(
      'Тоқаев 17 мамырда Сианьда Си Цзиньпинмен кездесті. Екі ел арасында 20-дан астам құжатқа қол қойылды.',
    );
    expect(r.event?.agreements).toEqual([]);
    expect(r.event?.agreementCount).toBe(20);
  });

  it('reads Kazakh converbs and participles of signing («қол қойып», «қол қойылатыны»)', () => {
    const lead = 'Тоқаев 17 мамырда Сианьда Си Цзиньпинмен кездесті. ';
    const signed = extract(
      `${lead}Екі ел басшылары бірлескен мәлімдемеге қол қойып, баспасөзге сөз сөйледі.`,
    );
    expect(signed.event?.agreements.map((a) => `${a.docType}/${a.status}`)).toEqual([
      'joint_statement/signed',
    ]);
    const planned = extract(
      `${lead}Сапар барысында инвестиция туралы келісімге қол қойылатыны белгілі болды.`,
    );
    expect(planned.event?.agreements.map((a) => `${a.docType}/${a.status}`)).toEqual(['agreement/planned']);
  });

  it('takes a trip reported as a whole («сапарын аяқтады») with several meetings as a visit', () => {
    const r = extract(
      'Қасым-Жомарт Тоқаев Қытайға мемлекеттік сапарын аяқтады. Сапар аясында Мемлекет басшысы Си Цзиньпинмен, Чжао Лэцзимен және Ли Цянмен кездесулер өткізді.',
    );
    expect(r.event?.kind).toBe('visit');
  });

  it('reads «Бұл туралы … мәлімдеді» as the source of a visit preview, not a statement', () => {
    const r = extract(
      '20 қазанда ҚХР Төрағасы Си Цзиньпин Қазақстанға ресми сапармен келеді. Бұл туралы СІМ ресми өкілі Айбек Смадияров мәлімдеді.',
      '2022-10-12',
    );
    expect(r.event?.kind).toBe('visit');
    expect(r.event?.eventDate).toBe('2022-10-20');
    expect(names(r)).toEqual(['Xi Jinping']);
  });

  it('reads the web Latin spelling (ú = ұ, ý = ү, u = у, iy = и) apart from the 2018 alphabet', () => {
    expect(latinToCyrillic('Búl turaly 5 qyrkýiekte preziydent mәlimdedi')).toBe(
      'Бұл туралы 5 қыркүйекте президент мәлімдеді',
    );
    // The 2018 alphabet (it writes ı): u is ұ, ý is у.
    expect(latinToCyrillic('Qazaqstan men Qytaı ulttyq ýnıversıteti')).toBe(
      'Қазақстан мен Қытай ұлттық университеті',
    );
  });
});
