import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { READINGS_ZH } from '../../shared/extract/lexicon/zh/readings.ts';
import { zhDatesIn } from '../../shared/extract/zh/dates.ts';
import { pinyinName } from '../../shared/extract/zh/names.ts';

/** Sentences written for these tests in the style of the Chinese MFA and Xinhua; names of real officials. */
const extract = (text: string, published = '2025-05-12', title?: string) =>
  extractArticle({ id: 'z', text, published, ...(title ? { title } : {}) });

describe('Chinese extraction', () => {
  it("reads a foreign ministers' readout: people, date, venue, documents, figures", () => {
    const r = extract(
      '2025年5月12日，中共中央政治局委员、外交部长王毅在北京同哈萨克斯坦副总理兼外交部长努尔特列乌举行会谈。\n' +
        '王毅请努尔特列乌转达对托卡耶夫总统的亲切问候。去年中哈双边贸易额达到438亿美元。\n' +
        '会谈后，双方签署了《两国外交部2025—2027年合作计划》和关于互设文化中心的协定。',
      '2025-05-12',
      '王毅同努尔特列乌举行会谈',
    );
    expect(r.relevant).toBe(true);
    const e = r.event;
    expect(e?.kind).toBe('meeting');
    expect(e?.eventDate).toBe('2025-05-12');
    expect(e?.location).toBe('Beijing');
    expect(e?.participants.map((p) => p.name).sort()).toEqual(['Murat Nurtleu', 'Wang Yi']);
    expect(e?.mentioned.map((p) => p.name)).toEqual(['Kassym-Jomart Tokayev']);
    expect(e?.agreements.map((a) => `${a.docType}/${a.status}`)).toEqual([
      'program/signed',
      'agreement/signed',
    ]);
    expect(e?.figures).toMatchObject([
      { metric: 'trade_turnover', value: 43_800_000_000, unit: 'USD', year: 2024 },
    ]);
  });

  it('takes a day in local time, keeps the dateline city out, and counts unnamed documents', () => {
    const r = extract(
      '新华社阿拉木图6月18日电 当地时间17日，国家主席习近平在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。两国元首见证签署了20余份合作文件。',
      '2025-06-18',
    );
    expect(r.event?.eventDate).toBe('2025-06-17');
    expect(r.event?.location).toBe('Astana');
    expect(r.event?.agreements).toEqual([]);
    expect(r.event?.agreementCount).toBe(20);
  });

  it("makes a message's addressee mentioned, and a call placeless", () => {
    const msg = extract(
      '3月8日，国家主席习近平就哈萨克斯坦发生洪灾致电哈萨克斯坦总统托卡耶夫，表示慰问。',
      '2025-03-09',
    );
    expect(msg.event?.kind).toBe('statement');
    expect(msg.event?.participants.map((p) => p.name)).toEqual(['Xi Jinping']);
    expect(msg.event?.mentioned.map((p) => p.name)).toEqual(['Kassym-Jomart Tokayev']);
    const call = extract('国家主席习近平同哈萨克斯坦总统托卡耶夫在北京通电话。', '2025-03-09');
    expect(call.event?.kind).toBe('phone_call');
    expect(call.event?.location).toBeNull();
  });

  it('judges China with a third country, and a passing mention, not relevant', () => {
    expect(
      extract('4月1日，中国与乌兹别克斯坦在塔什干签署多项合作协议。乌兹别克斯坦总统米尔济约耶夫出席。')
        .relevant,
    ).toBe(false);
    expect(
      extract('国家主席习近平在北京会见巴基斯坦总理。双方讨论了地区局势，包括阿富汗问题。').relevant,
    ).toBe(false);
  });

  it('spells unknown Chinese officials in pinyin, surname first', () => {
    expect(pinyinName('李明远')).toBe('Li Mingyuan');
    expect(pinyinName('欧阳晓东')).toBe('Ouyang Xiaodong');
    const r = extract(
      '4月1日，商务部部长助理刘建国在京会见哈萨克斯坦贸易和一体化部长，就中哈贸易合作交换意见。',
      '2025-04-02',
    );
    expect(r.event?.participants.map((p) => p.name)).toContain('Liu Jianguo');
    expect(r.event?.location).toBe('Beijing');
  });

  it('orders kinds: a signed article is a statement, a state visit outranks its sessions, speech recalls nothing', () => {
    const kind = (t: string) => extract(t, '2025-06-08').event?.kind;
    expect(
      kind('6月7日，国家主席习近平在哈萨克斯坦媒体发表题为《携手共创中哈关系美好未来》的署名文章。'),
    ).toBe('statement');
    expect(kind('国家主席习近平将于6月8日对哈萨克斯坦进行国事访问并出席中国－中亚峰会第二次会议。')).toBe(
      'visit',
    );
    expect(
      kind(
        '6月8日，赵乐际在北京会见哈萨克斯坦议长。\n他说，去年习近平主席对哈萨克斯坦进行国事访问，取得丰硕成果。',
      ),
    ).toBe('meeting');
  });

  it('keeps the readings table in step with pinyin-pro, and reads surnames as surnames', () => {
    const chars = READINGS_ZH.split(' ').flatMap((g) =>
      [...(g.split(':')[1] ?? '')].map((c) => [c, g.split(':')[0]]),
    );
    expect(chars.length).toBeGreaterThan(6700);
    for (const [c, syllable] of chars.filter((_, i) => i % 7 === 0))
      expect(pinyin(c as string, { toneType: 'none', type: 'array' })[0]).toBe(
        (syllable as string).replace('v', 'ü'),
      );
    expect(pinyinName('曾小明')).toBe('Zeng Xiaoming');
    expect(pinyinName('单立新')).toBe('Shan Lixin');
    expect(pinyinName('王𪚥')).toBeNull();
  });

  it('resolves dates against the publication day', () => {
    const d = (t: string, p: string) => zhDatesIn(t, p).map((x) => x.date);
    expect(d('2024年12月30日，双方举行会谈。', '2025-01-02')).toEqual(['2024-12-30']);
    expect(d('12月30日，双方举行会谈。', '2025-01-02')).toEqual(['2024-12-30']);
    expect(d('当地时间30日，双方举行会谈。', '2025-01-02')).toEqual(['2024-12-30']);
    expect(d('昨天，双方举行会谈。', '2025-01-02')).toEqual(['2025-01-01']);
  });
});
