import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/**
 * Chinese mechanisms of round 9: sentences written for these tests in the style of agency readouts and portal
 * pages; names of real officials, made-up days.
 */
const extract = (text: string, published = '2025-03-12', title?: string) =>
  extractArticle({ id: 'z', text, published, lang: 'zh', ...(title ? { title } : {}) });

describe('Chinese kind: talks over a meal or tea', () => {
  it('reads «晤谈» and a dinner of the two leaders as a meeting', () => {
    const talks = extract('中国外交部长王毅同哈萨克斯坦外长努尔特列乌在北京举行晤谈，双方交换了意见。');
    expect(talks.event?.kind).toBe('meeting');
    const dinner = extract(
      '当地时间3月11日晚，国家主席习近平同哈萨克斯坦总统托卡耶夫共进晚餐，双方就两国关系进行了友好交流。',
    );
    expect(dinner.event?.kind).toBe('meeting');
    const tea = extract('3月11日下午，哈萨克斯坦总统托卡耶夫同中国国务院总理李强举行茶叙。');
    expect(tea.event?.kind).toBe('meeting');
  });
});

describe('Chinese head: portal navigation and a trip to the other side', () => {
  const page = [
    '某某首页 > 某某号 > 正文 申请入驻',
    '分享至',
    '就边境地区的洪灾一事，哈萨克斯坦总统托卡耶夫与俄罗斯总统普京通了电话。结束与普京的通话后，托卡耶夫登上前往中国的专机。',
    '【哈萨克斯坦总统托卡耶夫即将前往中国】',
    '哈总统府证实，托卡耶夫将于5月20日起对中国进行工作访问。双方下一步的任务是将两国贸易额提升至500亿美元。',
  ].join('\n');
  const r = extract(page, '2025-05-18', '托卡耶夫登上专机，要去中国当面谈');

  it('reads a trip to China announced after a call with a third leader as relevant, a visit, not that call', () => {
    expect(r.relevant).toBe(true);
    expect(r.event?.kind).toBe('visit');
    expect(r.event?.participants.map((p) => p.name)).toContain('Kassym-Jomart Tokayev');
  });

  it('takes a sum the sides set as their next task for a target, not a figure', () => {
    expect(r.event?.figures).toEqual([]);
  });
});

describe('Chinese documents: a breakdown of the total signed', () => {
  const r = extract(
    '中国商务部长王文涛3月11日在阿斯塔纳会见哈萨克斯坦副总理。会后，双方企业签署了12份双边文件。其中，七个谅解备忘录，五项供货合同，价值3.2亿美元。',
  );

  it('lists each type the breakdown names once, as a grouped entry, beside the count', () => {
    const types = (r.event?.agreements ?? []).map((a) => a.docType).sort();
    expect(types).toEqual(['contract', 'memorandum']);
    expect(r.event?.agreements.every((a) => a.status === 'signed')).toBe(true);
  });

  it('reads what the documents are worth as a figure', () => {
    expect(r.event?.figures.map((f) => [f.metric, f.value])).toEqual([['other', 320000000]]);
  });

  it('reads no breakdown after a sentence that signed nothing', () => {
    const plain = extract(
      '中国商务部长王文涛3月11日在阿斯塔纳会见哈萨克斯坦副总理。双方讨论了经贸合作。其中，七个谅解备忘录正在商谈。',
    );
    expect(plain.event?.agreements).toEqual([]);
  });
});

describe('Chinese people: an envoy commenting on a visit', () => {
  it('keeps an ambassador the report turns to («至于…表示») for his view of the visit mentioned', () => {
    const r = extract(
      [
        '国家主席习近平3月11日抵达阿斯塔纳，对哈萨克斯坦进行国事访问。托卡耶夫总统在机场迎接。',
        '习近平在机场发表书面讲话。',
        '至于哈萨克斯坦驻华大使努雷舍夫表示，此访将为两国关系注入新动力。',
      ].join('\n'),
    );
    expect(r.event?.kind).toBe('visit');
    const names = (r.event?.participants ?? []).map((p) => p.name);
    expect(names).toContain('Xi Jinping');
    expect(names).not.toContain('Shakhrat Nuryshev');
  });
});

describe('Chinese venue: a day told in the dateline city’s local time', () => {
  it('places the event in the dateline city when «当地时间» follows it, not otherwise', () => {
    const local = extract(
      '新华社阿拉木图3月11日电 当地时间3月11日晚，中国外交部长王毅同哈萨克斯坦外长努尔特列乌共进晚餐，双方进行了友好交流。',
    );
    expect(local.event?.location).toBe('Almaty');
    const plain = extract(
      '新华社阿拉木图3月11日电 3月11日，中国外交部长王毅同哈萨克斯坦外长努尔特列乌通电话，双方进行了友好交流。',
    );
    expect(plain.event?.location).toBeNull();
  });
});

describe('Chinese venue: the city a visit of the event’s day goes to', () => {
  it('places talks in the city the text sends the visitor to on that day, not on another day', () => {
    const lead = [
      '3月11日，哈萨克斯坦总统托卡耶夫同中国国家主席习近平举行会谈，两国元首签署了联合声明。',
      '托卡耶夫表示，联合声明开启了两国关系的新阶段。',
    ].join('\n');
    // The announcement in a later paragraph, past the lead the venue cues are read in.
    const trip = extract(`${lead}\n哈方此前宣布，习近平将于3月11日访问阿拉木图。`);
    expect(trip.event?.location).toBe('Almaty');
    const other = extract(`${lead}\n哈方此前宣布，习近平将于3月13日访问阿拉木图。`);
    expect(other.event?.location).toBeNull();
  });
});

describe('Chinese figures: what signed documents are worth', () => {
  it('reads the worth of documents as other, an investment agreement’s worth as investment', () => {
    const investment = extract(
      '3月11日，哈萨克斯坦总理别克捷诺夫在阿斯塔纳会见中国企业代表团。双方签署了价值12.5亿元人民币的投资协议。',
    );
    expect(investment.event?.figures.map((f) => [f.metric, f.value])).toEqual([['investment', 1250000000]]);
  });
});
