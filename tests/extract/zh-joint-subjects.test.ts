import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { sharesListVerb } from '../../shared/extract/zh/joint-subjects.ts';

/** Sentences written for these tests in the style of agency readouts; names of real officials, invented days. */
const extract = (text: string) => extractArticle({ id: 'z', text, published: '2019-05-16', lang: 'zh' });
const names = (r: ReturnType<typeof extract>) => r.event?.participants.map((p) => p.name).sort();

describe('Chinese comma list of titled names sharing one verb', () => {
  it('takes every name of «A，B共同出席» as a participant, not only the one next to the verb', () => {
    const r = extract(
      '5月15日，第三届中哈某某合作论坛在阿拉木图举行。国务院副总理韩正，哈萨克斯坦第一副总理斯迈洛夫共同出席开幕式并致辞。双方表示将加强合作。',
    );
    expect(names(r)).toEqual(['Alikhan Smailov', 'Han Zheng']);
  });

  it('needs the joint word and a verb of taking part after the list', () => {
    const r = extract(
      '5月15日，中哈合作委员会会议在北京举行。国务院副总理韩正，哈萨克斯坦第一副总理斯迈洛夫，两国此前曾多次会晤。',
    );
    expect(r.event?.participants.map((p) => p.name)).not.toContain('Han Zheng');
    expect(sharesListVerb('副总理韩正，第一副总理某某共同主持会议', 5)).toBe(true);
    expect(sharesListVerb('副总理韩正，第一副总理某某表示欢迎', 5)).toBe(false);
    expect(sharesListVerb('副总理韩正在会上共同出席', 5)).toBe(false);
  });
});
