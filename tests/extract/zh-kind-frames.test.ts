import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/**
 * A visit that only frames talks in a Chinese lead: sentences written for these tests in the style of agency
 * readouts; names of real officials, made-up days.
 */
const extract = (text: string, published = '2025-03-12') =>
  extractArticle({ id: 'z', text, published, lang: 'zh' });

describe('Chinese kind: a visit framing talks', () => {
  it('reads a meeting when the guest is described as on a visit («正在…进行正式访问的»)', () => {
    const r = extract('哈萨克斯坦总统托卡耶夫在阿斯塔纳会见正在哈进行工作访问的中国商务部长王文涛。');
    expect(r.event?.kind).toBe('meeting');
  });

  it('reads the talks another lead sentence reports beside the arrival, dated by the talks', () => {
    const after = extract(
      '应哈方邀请，中国外交部长王毅于10日抵达阿斯塔纳，开始对哈萨克斯坦进行正式访问。11日上午，王毅与哈萨克斯坦外长努尔特列乌举行会谈。',
    );
    expect(after.event?.kind).toBe('meeting');
    expect(after.event?.eventDate).toBe('2025-03-11');
    const before = extract(
      '哈萨克斯坦总理别克捷诺夫会见了中国商务部长王文涛。王文涛于3月10日抵达阿斯塔纳，开始对哈萨克斯坦进行工作访问。',
    );
    expect(before.event?.kind).toBe('meeting');
  });

  it('keeps an arrival with talks still to come a visit', () => {
    const r = extract(
      '中国外交部长王毅于12日抵达阿斯塔纳，开始对哈萨克斯坦进行正式访问。访问期间，王毅将与哈萨克斯坦外长努尔特列乌举行会谈。',
    );
    expect(r.event?.kind).toBe('visit');
  });

  it('reads a trip abroad to a forum that is also a visit as the visit, a forum attended alone as the forum', () => {
    const trip = extract(
      '中国商务部长王文涛于3月10日至12日赴哈萨克斯坦出席中哈商务论坛，并对哈萨克斯坦进行工作访问。',
    );
    expect(trip.event?.kind).toBe('visit');
    const forum = extract('中国商务部长王文涛在阿斯塔纳出席中哈商务论坛并致辞。');
    expect(forum.event?.kind).toBe('forum');
  });
});
