import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { inReportedWords } from '../../shared/extract/zh/clauses.ts';

/** Sentences written for these tests in the style of agency readouts; names of real officials, invented days. */
const extract = (text: string, published: string | null) =>
  extractArticle({ id: 'z', text, published, lang: 'zh' });

describe('Chinese reported words: names a speaker tells of are mentioned', () => {
  it('keeps leaders named inside a vice minister’s reported words out of the session’s participants', () => {
    const r = extract(
      '近日，中哈合作委员会某某分委会第八次会议在乌鲁木齐召开。中国某部副部长张广军、哈萨克斯坦某部副部长某某分别率团出席会议。张广军指出，今年6月习近平主席与托卡耶夫总统举行会谈，为两国合作指明了方向。',
      '2025-09-20',
    );
    const names = r.event?.participants.map((p) => p.name) ?? [];
    expect(names).not.toContain('Xi Jinping');
    expect(names).not.toContain('Kassym-Jomart Tokayev');
    expect(inReportedWords('张广军指出，今年6月')).toBe(true);
    expect(inReportedWords('5月10日，国家主席')).toBe(false);
  });
});
