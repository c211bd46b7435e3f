import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { arabicToCyrillic, kazakhScript, latinToCyrillic } from '../../shared/extract/kk-script.ts';

/** Sentences written for these tests in the style of Akorda, Kazinform and the MFA; names of real officials. */
const extract = (text: string, extra: { title?: string; outlet?: string; published?: string } = {}) =>
  extractArticle({ id: 'k', lang: 'kk', published: '2025-05-12', ...extra, text });

describe('Kazakh extraction', () => {
  it('finds the Kazakh side by an official spelled the Kazakh way («Мұрат Нұртлеу»)', () => {
    const r = extract(
      'Мұрат Нұртлеу 12 мамырда Бейжіңде ҚХР Сыртқы істер министрі Ван Имен келіссөз жүргізді.',
    );
    expect(r.relevant).toBe(true);
    expect(r.event?.participants.map((p) => p.name).sort()).toEqual(['Murat Nurtleu', 'Wang Yi']);
    expect(r.event?.location).toBe('Beijing');
  });

  it('takes a city followed by «шаһарында» / «қаласында» as the venue', () => {
    const r = extract(
      'Мемлекет басшысы Қасым-Жомарт Тоқаев Тяньцзинь шаһарында ҚХР Төрағасы Си Цзиньпинмен келіссөз жүргізді.',
    );
    expect(r.event?.location).toBe('Tianjin');
  });

  it('reads a planned signing of unnamed documents («құжат») as one generic `other` entry', () => {
    const r = extract(
      'ҚХР Төрағасы Си Цзиньпин 14 мамырда Қазақстанға мемлекеттік сапармен келеді. Сапар барысында Қасым-Жомарт Тоқаевпен келіссөз өтіп, бірқатар екіжақты құжатқа қол қойылады.',
    );
    expect(r.event?.agreements.map((a) => `${a.docType}/${a.status}`)).toEqual(['other/planned']);
  });

  it('reads what a sum measures from the word after it, as Kazakh orders them', () => {
    const r = extract(
      'Қасым-Жомарт Тоқаев Си Цзиньпинмен кездесті. 2010 жылдан бері қытайлық компаниялар Қазақстанға 25 миллиард доллардан астам инвестиция салды.',
    );
    expect(r.event?.figures).toMatchObject([{ metric: 'investment', value: 25_000_000_000, unit: 'USD' }]);
  });

  it("makes the name before «… мақаласында» the article's author and participant", () => {
    const r = extract(
      'Мемлекет басшысы Қасым-Жомарт Тоқаев қытайлық басылымда жарияланған «Қазақстан мен Қытай: ортақ болашақ» атты мақаласында екі ел арасындағы ынтымақтастыққа тоқталды.',
    );
    expect(r.event?.participants.map((p) => p.name)).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('keeps the publication day of an outlet tagged with its language edition', () => {
    const text =
      'АСТАНА. KAZINFORM – Мемлекет басшысы Қасым-Жомарт Тоқаев ҚХР Төрағасы Си Цзиньпинмен телефон арқылы сөйлесті.';
    expect(extract(text, { outlet: 'Kazinform (kaz)' }).event?.eventDate).toBe('2025-05-12');
  });
});

describe('Kazakh in other scripts', () => {
  it('recognises Kazakh Latin (2018 acutes and the older digraphs) and Arabic script, not English', () => {
    expect(
      kazakhScript(
        'Qazaqstan men Qytaı arasyndaǵy saýda kólemi ósti. Memleket basshysy jáne Qytaı tóraǵasy kezdesti.',
      ),
    ).toBe('latin');
    expect(
      kazakhScript(
        'Kazakhstan and China agreed to expand trade and transit cooperation at the meeting in Astana today.',
      ),
    ).toBeNull();
    expect(
      kazakhScript(
        'مەملەكەت باسشىسى قىتاي حالىق رەسپۋبليكاسىنىڭ توراعاسىمەن كەزدەستى. قازاقستان مەن قىتاي اراسىنداعى',
      ),
    ).toBe('arabic');
  });

  it('transliterates to Cyrillic the words the rules read', () => {
    // The web spelling (no «ı»): ý is ү and ú is ұ («jýrgizdi», «qújatqa»).
    expect(latinToCyrillic('Qytay tóraghasy Toqaevpen kelissóz jýrgizdi, qújatqa qol qoyylady')).toBe(
      'Қытай төрағасы Тоқаевпен келіссөз жүргізді, құжатқа қол қойылады',
    );
    expect(arabicToCyrillic('قازاقستان مەن قىتاي')).toBe('қазақстан мен қытай');
  });

  it('extracts a Kazakh Latin report like a Cyrillic one', () => {
    const r = extractArticle({
      id: 'lat',
      published: '2025-05-12',
      text: 'Memleket basshysy Qasym-Jomart Toqaev Aqordada QHR Syrtqy ister ministri Van Idi qabyldady. Kezdesýde Qazaqstan men Qytaı arasyndaǵy saýda jáne kólik salasyndaǵy yntymaqtastyq talqylandy.',
    });
    expect(r.relevant).toBe(true);
    expect(r.event?.participants.map((p) => p.name)).toContain('Kassym-Jomart Tokayev');
  });
});

describe('Kazakh Latin spellings', () => {
  it('tells the 2021 alphabet (ı = і, y = ы, ş, ñ) from the 2018 one and the web spelling', async () => {
    const { latinMode } = await import('../../shared/extract/kk-script.ts');
    expect(latinMode('Qazaqstan men Qytai arasyndağy kelısımge qol qoiyldy')).toBe('2021');
    expect(latinMode('Qazaqstan men Qytaı arasyndaǵy kelisimge qol qoıyldy')).toBe('2018');
    expect(latinMode('Qazaqstan men Qytay arasyndaghy kelisimge qol qoyyldy')).toBe('web');
    expect(latinToCyrillic('Şi Jinpiñmen kezdestı, kelısımge qol qoiyldy', '2021')).toBe(
      'Ши Жинпиңмен кездесті, келісімге қол қойылды',
    );
    expect(latinToCyrillic('birqatar qujatqa qol qoiylady', 'web')).toBe('бірқатар қужатқа қол қойылады');
  });

  it('converts a short Latin title the way its article is written', () => {
    const r = extractArticle({
      id: 'lat-title',
      published: '2025-05-12',
      title: 'Toqaev Van Imen kezdesti',
      text: 'Memleket basshysy Qasym-Jomart Toqaev Aqordada QHR Syrtqy ister ministri Van Idi qabyldady. Kezdesýde Qazaqstan men Qytaı arasyndaǵy saýda jáne kólik salasyndaǵy yntymaqtastyq talqylandy.',
    });
    expect(r.event?.participants.map((p) => p.name)).toContain('Wang Yi');
  });
});
