import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** One article of our own (sentences written for these tests). */
const article = (lang: string, title: string, text: string) =>
  extractArticle({
    id: 't',
    url: null,
    outlet: 'Example',
    published: '2024-03-01',
    lang,
    title,
    text,
  } as never);

const names = (r: ReturnType<typeof article>, key: 'participants' | 'mentioned') =>
  (r.event?.[key] ?? []).map((p) => p.name);

describe('a known official spelled in Kazakh-Latin letters (q for k)', () => {
  it('is the gazetteer person under the English name', () => {
    const r = article(
      'en',
      'Talks in Astana',
      'Kazakh President Qasym-Jomart Toqayev met with Chinese Foreign Minister Wang Yi in Astana on Friday. Toqayev praised the cooperation.',
    );
    expect(names(r, 'participants')).toContain('Kassym-Jomart Tokayev');
    expect(names(r, 'participants')).not.toContain('Qasym-Jomart Toqayev');
  });

  it('leaves a Chinese name written with q alone', () => {
    const r = article(
      'en',
      'Premiers meet',
      'Chinese Premier Li Qiang met with Kazakh Prime Minister Olzhas Bektenov in Beijing on Friday.',
    );
    expect(names(r, 'participants')).toContain('Li Qiang');
  });
});

const figure = (r: ReturnType<typeof article>, value: number) =>
  (r.event?.figures ?? []).find((f) => f.value === value);

describe('the value of one project named by its cost', () => {
  it('reads "a financial commitment of $N" as investment', () => {
    const r = article(
      'en',
      'Talks in Astana',
      'President Kassym-Jomart Tokayev met with Chinese Ambassador Han Chunlin in Astana. He named the polymer plant memorandum signed with Sinopec, a financial commitment of $2 billion.',
    );
    expect(figure(r, 2e9)?.metric).toBe('investment');
  });

  it('reads a facility opening the sentence and "valued at" at its end as investment', () => {
    const r = article(
      'en',
      'Talks in Astana',
      'President Kassym-Jomart Tokayev met with Chinese Ambassador Han Chunlin in Astana. The polymer plant near Atyrau, built jointly with Sinopec over three years, is valued at about $2 billion.',
    );
    expect(figure(r, 2e9)?.metric).toBe('investment');
  });

  it('reads «стоимость проекта составляет» as investment (ru)', () => {
    const r = article(
      'ru',
      'Встреча в Астане',
      'Президент Касым-Жомарт Токаев встретился с послом КНР Хань Чуньлинем в Астане. Стоимость проекта составляет более 2 млрд долларов.',
    );
    expect(figure(r, 2e9)?.metric).toBe('investment');
  });

  it('does not take a bare «на» far from the facility for its value', () => {
    const r = article(
      'ru',
      'Встреча в Астане',
      'Президент Касым-Жомарт Токаев встретился с послом КНР Хань Чуньлинем в Астане. Проект с китайской компанией CNPC позволит увеличить поставки в Китай на 2 млрд долларов.',
    );
    expect(figure(r, 2e9)?.metric).not.toBe('investment');
  });
});

describe("a company head whose post ends in the company's legal form", () => {
  it('is a participant with "LLC" or "JSC" in the post', () => {
    for (const form of ['LLC', 'JSC']) {
      const r = article(
        'en',
        'Railway talks',
        `Talgat Almagambetov, who heads Kazakhstan's railways, received General Director of Xi'an Freight ${form} Li Ming in Astana on 20 February.`,
      );
      expect(names(r, 'participants')).toContain('Li Ming');
    }
  });
});

describe('an amount a figure changes by', () => {
  it('is no figure ("raised by $N"), while the level in the next sentence is', () => {
    const r = article(
      'en',
      'Talks in Astana',
      'President Kassym-Jomart Tokayev met with Chinese Ambassador Han Chunlin in Astana. Tokayev suggested that grain shipments to China be raised by $2 billion. Trade between Kazakhstan and China reached $30 billion last year.',
    );
    expect(figure(r, 2e9)).toBeUndefined();
    expect(figure(r, 3e10)?.metric).toBe('trade_turnover');
  });

  it('is no figure («вырос на N»)', () => {
    const r = article(
      'ru',
      'Встреча в Астане',
      'Президент Касым-Жомарт Токаев встретился с послом КНР Хань Чуньлинем в Астане. Экспорт казахстанского зерна в Китай вырос на 2 млрд долларов.',
    );
    expect(figure(r, 2e9)).toBeUndefined();
  });
});

describe('a document named in the headline and again in the body', () => {
  it('is one document when the body words it differently', () => {
    const r = article(
      'en',
      'Sinopec and KazTransOil ink agreement on joint pipeline modernisation',
      "Asset Magauov, head of Kazakhstan's oil transport company KazTransOil, held talks with Sinopec chairman Ma Yongsheng in Beijing. The two companies signed an agreement of intent on pipeline modernisation.",
    );
    expect(r.event?.agreements).toHaveLength(1);
  });

  it('keeps two body documents sharing two of three words apart', () => {
    const r = article(
      'en',
      'Talks in Astana',
      'Kazakh Prime Minister Olzhas Bektenov met with Chinese Vice Premier Ding Xuexiang in Astana. The sides signed a memorandum on a cable plant and a memorandum on a cable terminal.',
    );
    expect(r.event?.agreements).toHaveLength(2);
  });
});
