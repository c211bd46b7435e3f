import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests in the style of Kazakh outlets; real officials, invented occasions. */
const extract = (text: string, title?: string) =>
  extractArticle({ id: 'k', lang: 'kk', published: '2024-06-12', title, text });
const part = (r: ReturnType<typeof extract>) => r.event?.participants.map((p) => p.name).sort();
const ment = (r: ReturnType<typeof extract>) => r.event?.mentioned.map((p) => p.name).sort();

describe('Kazakh spellings of officials (issue 19)', () => {
  it('reads the foreign minister written «Нұртілеу» with a vowel the Russian form lacks', () => {
    const r = extract(
      'Сыртқы істер министрі Мұрат Нұртілеу Бейжіңде ҚХР Сыртқы істер министрі Ван Имен келіссөз жүргізді.',
    );
    expect(part(r)).toEqual(['Murat Nurtleu', 'Wang Yi']);
  });

  it('knows the consul general in Xi’an, and a commentator by the gazetteer', () => {
    const r = extract(
      'Сиань қаласында Қазақстанның Бас консулы Жошыхан Қыраубаев Шэньси провинциясының губернаторы Чжао Ганмен кездесті. Саясаттанушы Гүлнар Шаймергенованың атап өткендей, екі өңірдің байланысы соңғы жылдары жанданды.',
    );
    expect(part(r)).toContain('Zhoshykhan Kyraubayev');
    // «X-тың атап өткендей» (as X noted): a commentator, mentioned, not at the meeting.
    expect(ment(r)).toContain('Gulnar Shaimergenova');
    expect(part(r)).not.toContain('Gulnar Shaimergenova');
  });

  it('takes no place adjective («Қытайдағы») and the next capitalised word for a name', () => {
    const r = extract(
      'Президент Қасым-Жомарт Тоқаев Бейжіңде ҚХР Төрағасы Си Цзиньпинмен кездесті. Мемлекет басшысы Қытайдағы Жеңіс күніне арналған шеруге қатысты.',
    );
    expect(part(r)).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping']);
  });

  it('makes the two leaders who send off a convoy together its participants («аттандырды»)', () => {
    const r = extract(
      'Бүгін Ақордада Қасым-Жомарт Тоқаев пен ҚХР Төрағасы Си Цзиньпин Қытай-Қазақстан-Еуропа бағытындағы алғашқы контейнер пойызын бейнебайланыс арқылы салтанатты түрде аттандырды. Пойыз Қазақстанның бес өңірінен өтеді.',
    );
    expect(part(r)).toEqual(['Kassym-Jomart Tokayev', 'Xi Jinping']);
  });

  it('makes the official who reminded («еске салды») the speaker, and «еске сала кетейік» background', () => {
    const r = extract(
      'Орталық коммуникациялар қызметінде журналистердің сауалдарына жауап берген вице-министр Серік Жұманиязов Қазақстан мен Қытай арасындағы су келіссөздерінің жалғасып жатқанын еске салды.',
    );
    expect(part(r)).toEqual(['Serik Zhumaniyazov']);
    const b = extract(
      'Сыртқы істер министрі Мұрат Нұртілеу ҚХР елшісі Хань Чуньлиньді қабылдады. Еске сала кетейік, Ли Цян Астанада Смайыловпен кездескен.',
    );
    expect(ment(b)).toContain('Li Qiang');
  });
});
