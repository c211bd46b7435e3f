import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/**
 * Who speaks in a Chinese meeting report: sentences written for these tests in the style of regional readouts;
 * names of real officials, made-up topics and figures.
 */
const extract = (text: string, title?: string, published = '2025-09-18') =>
  extractArticle({ id: 'z', text, published, lang: 'zh', ...(title ? { title } : {}) });
const names = (ps: Array<{ name: string }> | undefined) => (ps ?? []).map((p) => p.name).sort();

describe('Chinese speakers: at the talks or only cited', () => {
  it('takes a speaker in the talks paragraphs, not one told after a turn to the history of ties', () => {
    const r = extract(
      [
        '科斯塔奈州州长会见了中国驻哈萨克斯坦大使，双方讨论了粮食贸易和仓储物流合作。',
        '大使韩春霖表示，中方愿进口更多优质小麦。',
        '此前，中国驻阿拉木图总领事在地方合作论坛上介绍了两国边境贸易的情况。',
        '总领事蒋薇指出，边境口岸的通关效率明显提高。',
      ].join('\n'),
    );
    expect(r.event?.kind).toBe('meeting');
    expect(names(r.event?.participants)).toEqual(['Han Chunlin']);
    expect(names(r.event?.mentioned)).toContain('Jiang Wei');
  });

  it('takes no speaker of an interview or a commentator for a participant of the talks', () => {
    const r = extract(
      [
        '科斯塔奈州州长会见了中国驻哈萨克斯坦大使，双方讨论了粮食贸易合作。',
        '双方商定在明年举办农产品展销会。',
        '哈萨克斯坦驻华大使努雷舍夫在接受本报记者采访时表示，两国地方合作前景广阔。',
        '中国经济学家刘明远表示，地方合作是两国关系的重要支柱。',
      ].join('\n'),
    );
    expect(r.event?.kind).toBe('meeting');
    expect(names(r.event?.participants)).toEqual([]);
    // The same words told in the talks paragraph itself: he spoke there.
    const there = extract(
      '科斯塔奈州州长会见了哈萨克斯坦驻华大使和中国企业代表团。\n会谈中，大使努雷舍夫表示，愿为双方企业牵线搭桥。',
    );
    expect(names(there.event?.participants)).toContain('Shakhrat Nuryshev');
  });

  it('opens the talks again after a background paragraph when a paragraph tells the event', () => {
    const r = extract(
      [
        '科斯塔奈州代表团访问了中国黑龙江省，并同当地企业举行洽谈。',
        '近年来，两地农产品贸易增长迅速。',
        '访问期间，代表团出席了粮食加工厂的开工仪式。',
        '中国驻哈萨克斯坦大使韩春霖表示，中方支持这一项目。',
      ].join('\n'),
    );
    expect(names(r.event?.participants)).toContain('Han Chunlin');
  });
});

describe('Chinese forms of officials', () => {
  it('finds an official under a variant transliteration (季/迪) and a minister named without a title', () => {
    const r = extract('阿拉木图市市长萨特巴尔季会见了中国交通运输部部长。刘伟表示，愿扩大两国过境运输合作。');
    expect(names(r.event?.participants)).toContain('Darkhan Satybaldy');
    expect(names(r.event?.participants)).toContain('Liu Wei');
  });
});
