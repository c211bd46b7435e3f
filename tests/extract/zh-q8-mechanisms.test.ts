import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Round-8 zh mechanisms, with sentences written for these tests (real officials, made-up occasions). */
const extract = (text: string, published = '2025-03-12') =>
  extractArticle({ id: 'z', text, published, lang: 'zh' });
const names = (ps: Array<{ name: string }> | undefined) => (ps ?? []).map((p) => p.name).sort();

describe('Chinese names before a preposition', () => {
  it('ends a two-character name at «在» before «致辞», in simplified and traditional script', () => {
    for (const text of [
      '3月10日，中国驻阿拉木图总领事张伟在致辞中表示，两国地方合作不断深化。',
      '3月10日，中國駐阿拉木圖總領事張偉在致辭中表示，兩國地方合作不斷深化。',
    ]) {
      expect(names(extract(text).event?.participants)).toEqual(['Zhang Wei']);
    }
  });
});

describe('Chinese kind: a lead telling the two sides signing', () => {
  it('is a signing when the lead names no talks, visit or forum', () => {
    const r = extract(
      '3月10日，中国商务部部长王文涛与哈萨克斯坦贸易和一体化部部长沙卡利耶夫在北京共同签署《关于服务贸易合作的谅解备忘录》。\n备忘录明确了双方的重点合作领域。',
    );
    expect(r.event?.kind).toBe('agreement_signing');
  });
  it('stays a meeting when the talks come with the signing', () => {
    const r = extract(
      '3月10日，中国商务部部长王文涛在北京会见哈萨克斯坦贸易和一体化部部长沙卡利耶夫，双方共同签署了合作文件。',
    );
    expect(r.event?.kind).toBe('meeting');
  });
});

describe('Chinese relevance: a province readout names its side by its governors', () => {
  it('takes a vice governor receiving a Kazakh akim for the two sides meeting', () => {
    const r = extract(
      '3月10日，副省长刘强在西宁会见哈萨克斯坦阿克莫拉州州长一行，双方就农业合作交换了意见。',
    );
    expect(r.relevant).toBe(true);
    expect(r.event?.kind).toBe('meeting');
  });
  it('still needs Kazakhstan: a governor meeting a Russian governor is no pair', () => {
    expect(extract('3月10日，副省长刘强在西宁会见俄罗斯新西伯利亚州州长一行。').relevant).toBe(false);
  });
});

describe('Chinese forms of round 8', () => {
  it('names an akim in the Kazinform transcription and keeps the other transcriptions', () => {
    for (const form of ['阔谢若夫', '库谢罗夫']) {
      const r = extract(`3月10日，突厥斯坦州州长${form}会见了中国驻哈萨克斯坦大使，双方讨论了纺织项目。`);
      expect(names(r.event?.participants)).toContain('Nuralkhan Kusherov');
    }
  });
});

describe('Chinese attendance of a signing ceremony', () => {
  it('takes an official who attends the «签约仪式» for a participant', () => {
    const r = extract(
      '3月10日，中国商务部部长王文涛与哈萨克斯坦贸易和一体化部部长沙卡利耶夫共同签署《关于数字贸易合作的协定》。\n哈萨克斯坦副总理努尔兰·巴伊巴扎罗夫出席签约仪式。',
    );
    expect(names(r.event?.participants)).toContain('Nurlan Baibazarov');
  });
});

describe('Chinese kind: a dash paragraph is the speaker’s words', () => {
  it('reads no delegation trip from a quoted paragraph opened by a dash', () => {
    const text = [
      '会晤期间，哈萨克斯坦克孜勒奥尔达州州长指出，中国驻哈萨克斯坦大使此次到访将推动双方合作。',
      '—我州代表团对中国多个省份的访问取得了丰硕成果。我们愿继续扩大合作。-别克穆尔扎耶夫说。',
    ].join('\n');
    expect(extract(text).event?.kind).toBe('meeting');
  });
});
