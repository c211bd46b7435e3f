import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests in the style of Chinese outlets; names of real officials. */
const extract = (text: string, title?: string) =>
  extractArticle({ id: 'z', text, published: '2024-04-12', lang: 'zh', ...(title ? { title } : {}) }).event;

describe('Chinese kind and documents', () => {
  it('takes an interview for a statement, whatever forum or visit it previews', () => {
    const e = extract(
      '哈萨克斯坦驻华大使努雷舍夫4月11日在北京接受媒体采访时说，托卡耶夫总统有望今年出席在华举行的论坛，哈中合作前景广阔。',
      '哈萨克斯坦大使：总统或将出席论坛',
    );
    expect(e?.kind).toBe('statement');
    expect(e?.participants.map((p) => p.name)).toEqual(['Shakhrat Nuryshev']);
    expect(e?.mentioned.map((p) => p.name)).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('takes an envoy’s comment for a statement by the envoy, even with no interview word', () => {
    const e = extract(
      '中国驻哈萨克斯坦大使李明远日前表示，中哈两国在能源和交通领域合作潜力巨大。',
      '驻哈大使：中哈合作潜力巨大',
    );
    expect(e?.kind).toBe('statement');
    expect(e?.participants.map((p) => p.name)).toEqual(['Li Mingyuan']);
    const k = extract('哈萨克斯坦驻华大使努雷舍夫日前在北京表示，哈中合作前景广阔。');
    expect(k?.participants.map((p) => p.name)).toEqual(['Shakhrat Nuryshev']);
  });

  it('takes a headline about a trip («访华», «访哈») for the visit as a whole', () => {
    const e = extract(
      '访问期间，国务院总理李强会见了托卡耶夫总统，同别克捷诺夫总理举行会谈。',
      '李强总理访哈取得丰硕成果',
    );
    expect(e?.kind).toBe('visit');
  });

  it('reads «晤谈» (informal talks, often over a meal) as a meeting', () => {
    const e = extract(
      '4月11日晚，国家主席习近平在北京同哈萨克斯坦总统托卡耶夫进行晤谈，双方就中哈关系深入交换意见。',
      '习近平同托卡耶夫晤谈',
    );
    expect(e?.kind).toBe('meeting');
  });

  it('drops the announced unnamed documents once the report names the ones signed', () => {
    const e = extract(
      '4月11日，国家主席习近平在北京同哈萨克斯坦总统托卡耶夫举行会谈，会谈后两国元首签署联合声明。\n' +
        '此前，哈方表示，按计划会后将签署一系列双边文件。',
    );
    expect(e?.agreements.map((a) => `${a.docType}/${a.status}`)).toEqual(['joint_statement/signed']);
  });
});

describe('Chinese relevance', () => {
  it('keeps a regional story out when «中哈» appears once, in background at its end', () => {
    const r = extractArticle({
      id: 'z',
      lang: 'zh',
      published: '2024-04-12',
      text:
        '今年一季度，中国与中亚五国贸易额同比增长12%，创历史同期新高。\n' +
        '中亚五国包括哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦、塔吉克斯坦和土库曼斯坦。\n' +
        '海关总署表示，中国同中亚国家贸易结构持续优化。\n' +
        '去年，中哈两国元首在西安峰会期间举行会晤。',
    });
    expect(r.relevant).toBe(false);
  });
});

describe('Chinese sessions being prepared at a meeting', () => {
  it('keeps a meeting that prepares a coming committee session a meeting', () => {
    const r = extractArticle({
      id: 'z',
      lang: 'zh',
      published: '2024-11-20',
      text: '当地时间19日，哈萨克斯坦总统托卡耶夫在阿斯塔纳接见中国驻哈萨克斯坦大使韩春霖。双方讨论了即将举行的中哈合作委员会会议的筹备工作。',
    });
    expect(r.event?.kind).toBe('meeting');
  });
});

describe('Chinese leads opening with the leaders’ joint statement', () => {
  const kindOf = (text: string) =>
    extractArticle({ id: 'z', lang: 'zh', published: '2024-07-04', text }).event?.kind;

  it('reads a lead opening with the signed joint statement as the talks, not the state visit framing them', () => {
    expect(
      kindOf(
        '据哈萨克斯坦总统新闻局消息，托卡耶夫总统和习近平主席在会谈后签署了两国联合声明。\n周二，中国国家主席抵达阿斯塔纳，开始对哈萨克斯坦进行国事访问。',
      ),
    ).toBe('meeting');
  });

  it('keeps a lead whose first sentence tells the state visit a visit', () => {
    expect(
      kindOf(
        '7月3日，国家主席习近平对哈萨克斯坦进行国事访问，两国元首签署并发表联合声明。\n双方还见证了多项合作文件的签署。',
      ),
    ).toBe('visit');
  });
});
