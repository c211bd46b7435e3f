import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { gazetteerNamesIn, nameAfter } from '../../shared/extract/zh/names.ts';
import { buildZhDoc } from '../../shared/extract/zh/text.ts';

/**
 * Regional Chinese reports (Kazinform's Chinese service, provincial pages, mirror sites): sentences written for
 * these tests in that style; names of real officials, made-up companies and figures.
 */
const extract = (text: string, title?: string, published = '2025-09-18') =>
  extractArticle({ id: 'z', text, published, lang: 'zh', ...(title ? { title } : {}) });
const names = (ps: Array<{ name: string }> | undefined) => (ps ?? []).map((p) => p.name).sort();

describe('Chinese regional reports', () => {
  it('takes a Kazakh region written alone («北哈州», «阿克托别州») for the Kazakh side', () => {
    const r = extract(
      '北哈州代表团近期到访中国上海和杭州，同当地多家企业洽谈合作，计划在农业和物流领域共建项目。',
    );
    expect(r.relevant).toBe(true);
    expect(r.event?.kind).toBe('visit');
  });

  it('takes talks on the Kazakh side whose Chinese counterpart is a company named later', () => {
    const r = extract(
      '会谈中，双方讨论了在江布尔州建设化肥厂项目的进展情况。\n该项目总投资额为3亿美元。\n中国某化工集团公司董事长刘明远表示，公司将按期完成建设。',
    );
    expect(r.relevant).toBe(true);
    expect(r.event?.kind).toBe('meeting');
    // The same text with no Chinese side at all stays a Kazakh domestic story.
    const domestic = extract('会谈中，双方讨论了在江布尔州建设化肥厂项目的进展情况。\n州长表示将按期完成。');
    expect(domestic.relevant).toBe(false);
  });

  it('reads a page with inserted pinyin readings as Chinese, not as Kazakh Latin', () => {
    const r = extract(
      '新华社阿斯塔纳6月3日电 应(yīng)哈萨克斯坦外长努尔特列乌邀(yāo)请(qǐng),外交部长王毅3日在阿斯塔纳同努尔特列乌举行会(huì)谈(tán)。双方就中哈关(guān)系交换了意见。',
    );
    expect(r.relevant).toBe(true);
    expect(names(r.event?.participants)).toEqual(['Murat Nurtleu', 'Wang Yi']);
    const doc = buildZhDoc(null, '两国关(guān)系发(fā)展顺利。');
    expect(doc.sentences[0]?.text).toBe('两国关系发展顺利。');
  });

  it('finds a known official under his variant transliterations (罗/洛, 耶/叶, 里吉/尔吉)', () => {
    expect(gazetteerNamesIn('州长沙哈洛夫表示').map((h) => h.person.name)).toEqual(['Askhat Shakharov']);
    expect(gazetteerNamesIn('市长库里吉诺夫').map((h) => h.person.name)).toEqual(['Altai Kulginov']);
    expect(gazetteerNamesIn('州长托列哈利叶夫').map((h) => h.person.name)).toEqual(['Nariman Turegaliyev']);
  });

  it('ends a name written after its title before a two-character verb («孙立平透露», «周海涛举行»)', () => {
    expect(nameAfter('孙立平透露，工厂明年投产', 0)).toBe('孙立平');
    expect(nameAfter('周海涛举行会面', 0)).toBe('周海涛');
    expect(nameAfter('王毅表示', 0)).toBe('王毅');
    expect(nameAfter('张国清介绍说', 0)).toBe('张国清');
  });

  it('keeps a delegation received for one talks a meeting, and a delegation trip of many stops a visit', () => {
    const talks = extract(
      '（哈萨克国际通讯社讯）近日，中国甘肃省代表团到访江布尔州。访问期间，江布尔州州长卡拉舒克耶夫同甘肃省代表团团长举行了会谈。',
      '中国甘肃省代表团访问江布尔州',
    );
    expect(talks.event?.kind).toBe('meeting');
    const trip = extract(
      '东哈州州长科舍尔巴耶夫率领的代表团对中国进行了访问，考察了多家企业，并签署了合作备忘录。',
    );
    expect(trip.event?.kind).toBe('visit');
  });

  it('reads no kind from quoted speech or a meeting recalled from before', () => {
    const r = extract(
      '双方就扩大投资合作进行了讨论。\n"我们期待更多合作。这次访问一定会带来新的机遇。"——州长表示。\n会谈中，双方关注了中国企业在阿特劳州的项目。\n此前，托卡耶夫总统在同习近平主席会谈时曾表示，两国合作前景广阔。',
      '阿特劳州与中国企业深化合作',
    );
    expect(r.event?.kind).toBe('meeting');
  });

  it('takes who speaks at the talks for a participant, not who briefs on a visit ahead', () => {
    const r = extract(
      '双方就扩大农业合作进行了讨论。\n会谈中，双方关注了投资项目的落实情况。\n中国驻哈大使韩春霖表示，愿推动科斯塔奈州与中国企业对接。\n州长阿克萨卡洛夫表示，愿与中国企业扩大合作。',
      '科斯塔奈州州长会见中国驻哈大使',
    );
    expect(r.event?.kind).toBe('meeting');
    expect(names(r.event?.participants)).toEqual(['Han Chunlin', 'Kumar Aksakalov']);
    const preview = extract(
      '国家主席习近平将于9月2日至4日对哈萨克斯坦进行国事访问。\n外交部部长助理刘彬透露，两国元首将举行会谈。',
    );
    expect(names(preview.event?.participants)).not.toContain('Liu Bin');
  });

  it('dates a meeting by its talks, not by the visit opened the day before; a page by «中哈建交N年»', () => {
    const r = extract(
      '新华社北京9月9日电 应国防部长邀请，哈萨克斯坦国防部长于8日开始对中国进行正式友好访问。9日上午，两国国防部长举行了正式会谈。',
      undefined,
      '2025-09-09',
    );
    expect(r.event?.kind).toBe('meeting');
    expect(r.event?.eventDate).toBe('2025-09-09');
    const undated = extractArticle({
      id: 'z',
      lang: 'zh',
      published: null,
      text: '7月5日，两国元首在阿斯塔纳举行会谈。中哈关系又经过建交31年互利合作，日益深化。',
    });
    expect(undated.event?.eventDate).toBe('2023-07-05');
  });

  it('leaves the day unknown when an undated report says «近日», else takes the publication day', () => {
    const lately = extract('（哈萨克国际通讯社讯）近日，中国新疆代表团到访东哈州，同州长举行了会谈。');
    expect(lately.event?.eventDate).toBeNull();
    const today = extract('（哈萨克国际通讯社讯）中国新疆代表团到访东哈州，同州长举行了会谈。');
    expect(today.event?.eventDate).toBe('2025-09-18');
  });

  it('ends a counted clause at a comma read as ASCII («三个货柜，项目…» is no count of projects)', () => {
    const r = extract(
      '西哈州州长表示，14个投资项目将在工业区实施。\n中方企业负责人介绍，首批三个货柜已经运抵，项目投产后可生产十余种产品。',
      '西哈州与中国企业合作',
    );
    const counts = (r.event?.figures ?? []).filter((f) => f.metric === 'project_count').map((f) => f.value);
    expect(counts).toEqual([14]);
  });

  it('keeps the leader whose visit is under way only mentioned in a spokesman’s comment', () => {
    const r = extract(
      '国家主席习近平正对哈萨克斯坦进行国事访问。\n商务部新闻发言人何亚东在北京答记者问时说，中哈经贸合作潜力巨大。',
    );
    expect(r.event?.kind).toBe('statement');
    expect(names(r.event?.participants)).toEqual(['He Yadong']);
    expect(names(r.event?.mentioned)).toContain('Xi Jinping');
  });
});
