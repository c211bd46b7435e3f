import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';
import { englishOfForeign, foreignNameAt, readBack } from '../../shared/extract/zh/foreign-names.ts';

/** Sentences written for these tests in the style of Xinhua and provincial readouts; names of real officials. */
const extract = (text: string, published = '2024-06-12', title?: string) =>
  extractArticle({ id: 'z', text, published, ...(title ? { title } : {}) });
const names = (ps: Array<{ name: string }> | undefined) => (ps ?? []).map((p) => p.name).sort();

describe('Chinese transliterations of Kazakh names', () => {
  it('reads a transliteration back in the English spelling of Kazakh names', () => {
    expect(readBack('阿赫梅托夫')).toBe('Akhmetov');
    expect(readBack('努尔穆罕别托夫')).toBe('Nurmukhambetov');
    expect(foreignNameAt('州长卡拉巴耶夫一行', 2)).toEqual({ han: '卡拉巴耶夫', end: 7 });
    expect(foreignNameAt('部长会见', 0)).toBeNull();
  });

  it('reads runs and the rest of the Russian table (艾哈迈, 扎, 绍), keeps hyphens, merges nn', () => {
    expect(readBack('艾哈迈德')).toBe('Akhmed');
    expect(readBack('艾哈迈托夫')).toBe('Akhmetov');
    expect(readBack('扎基')).toBe('Zaki');
    expect(foreignNameAt('部长别洛绍夫表示', 2)).toEqual({ han: '别洛绍夫', end: 6 });
    expect(readBack('别洛绍夫')).toBe('Beloshov');
    expect(readBack('卡西姆-若马尔特')).toBe('Kasim-Zhomart');
    expect(readBack('杜伊先诺娃')).toBe('Duisenova');
    // 尔 is -l as well as -r, 季 ди as well as ти: each tried against the gazetteer.
    expect(englishOfForeign('卡马尔季诺夫').name).toBe('Akylbek Kamaldinov');
    expect(readBack('马季耶夫')).toBe('Madiyev');
    // 扎 as жа is tried against the gazetteer.
    expect(englishOfForeign('扎克瑟别科夫').name).toBe('Adilbek Zhaksybekov');
  });

  it('gives the gazetteer official when exactly one has the surname (l or r), else the reading', () => {
    expect(englishOfForeign('卡拉巴耶夫').name).toBe('Marat Karabayev');
    expect(englishOfForeign('斯迈洛夫').name).toBe('Alikhan Smailov');
    // Two Akhmetovs in the gazetteer: the surname alone, as written.
    expect(englishOfForeign('阿赫梅托夫').name).toBe('Akhmetov');
    expect(englishOfForeign('努尔兰·别克穆罕别托夫').name).toBe('Nurlan Bekmukhambetov');
    expect(englishOfForeign('季穆·别克穆罕别托夫').name).toBe('Bekmukhambetov');
  });
});

describe('Chinese titles that name an office', () => {
  it('reads State Secretary, chargé and special representative titles, and a short known surname', () => {
    const r = extract('6月10日，哈萨克斯坦国务秘书卡林在阿斯塔纳会见中国政府欧亚事务特别代表李辉。');
    expect(names(r.event?.participants)).toEqual(['Li Hui', 'Yerlan Karin']);
    const c = extract('6月10日，中国驻哈萨克斯坦使馆临时代办赵志远会见哈萨克斯坦副外长瓦西连科。');
    expect(names(c.event?.participants)).toEqual(['Roman Vassilenko', 'Zhao Zhiyuan']);
  });
});

describe('Chinese speakers at the event', () => {
  it('counts those who speak in a paragraph telling the event («会上，…发言») as participants', () => {
    const r = extract(
      '5月20日，中国新疆与哈萨克斯坦地方合作论坛在乌鲁木齐举行。自治区党委书记马兴瑞出席并致辞。\n' +
        '哈萨克斯坦副总理茹曼加林通过视频致辞。\n' +
        '会上，双方签署了合作协议。自治区常务副主席陈伟俊和哈方地方负责人先后发言。\n' +
        '陈伟俊此前曾在浙江工作。',
      '2024-05-21',
    );
    expect(names(r.event?.participants)).toEqual(['Chen Weijun', 'Ma Xingrui', 'Serik Zhumangarin']);
  });
});

describe('Chinese participants introduced by a title', () => {
  it('finds a consul general and a Kazakh akim the gazetteer lacks', () => {
    const r = extract(
      '6月10日，中国驻阿拉木图总领事孙立华会见阿拜州州长萨德科夫，双方就深化地方合作交换意见。',
      '2024-06-12',
      '孙立华总领事会见阿拜州州长',
    );
    expect(names(r.event?.participants)).toEqual(['Sadkov', 'Sun Lihua']);
  });

  it('counts everyone in the closing list of a readout as a participant', () => {
    const r = extract(
      '6月3日，自治区党委书记马兴瑞在乌鲁木齐会见哈萨克斯坦交通部长卡拉巴耶夫一行。\n' +
        '马兴瑞表示，新疆愿同哈方深化互联互通合作。\n卡拉巴耶夫介绍了哈萨克斯坦交通物流发展情况。\n' +
        '自治区副主席王建国，哈萨克斯坦驻乌鲁木齐总领事等参加会见。',
    );
    expect(names(r.event?.participants)).toEqual(['Ma Xingrui', 'Marat Karabayev', 'Wang Jianguo']);
  });

  it('keeps the host who invited, and a visit an interview previews, out of the participants', () => {
    const invited = extract(
      '应哈萨克斯坦总统托卡耶夫邀请，国务院总理李强将于6月20日至22日对哈萨克斯坦进行正式访问。',
    );
    expect(names(invited.event?.participants)).toEqual(['Li Qiang']);
    expect(names(invited.event?.mentioned)).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('finds a Kazakh official by a listed Chinese form, but not inside a longer transliteration', () => {
    const r = extract(
      '6月5日，商务部长王文涛在北京会见哈萨克斯坦贸易和一体化部长沙卡利耶夫，双方签署合作文件。',
    );
    expect(names(r.event?.participants)).toEqual(['Arman Shakkaliyev', 'Wang Wentao']);
    const longer = extract('6月5日，省委书记赵一德在西安会见哈萨克斯坦阿克莫拉州州长马尔吉穆罕别托夫。');
    expect(names(longer.event?.participants)).toEqual(['Margimukhambetov', 'Zhao Yide']);
  });

  it('takes the officials who accompanied or attended, wherever the report lists them', () => {
    const r = extract(
      '6月3日，国家主席习近平在北京会见哈萨克斯坦总统托卡耶夫。\n' +
        '习近平指出，中哈是友好邻邦。\n托卡耶夫表示，哈方愿深化合作。\n' +
        '会见前，外交部长王毅陪同习近平出席欢迎仪式。\n参加会见的还有国家发展改革委主任郑栅洁。',
    );
    expect(names(r.event?.participants)).toEqual([
      'Kassym-Jomart Tokayev',
      'Wang Yi',
      'Xi Jinping',
      'Zheng Shanjie',
    ]);
  });
});

describe('Chinese welcome parties and page dates in unpadded URLs', () => {
  const text =
    '国家主席抵达阿斯塔纳开始国事访问\n当地时间6月3日中午，国家主席习近平乘专机抵达阿斯塔纳，应哈萨克斯坦总统托卡耶夫邀请，对哈萨克斯坦进行国事访问。\n' +
    '专机进入哈萨克斯坦领空后，空军战机升空护航。\n' +
    '专机抵达机场时，哈萨克斯坦总统托卡耶夫率副总理兼外长努尔特列乌等高级官员热情迎接。';

  it('takes the welcome party at the airport for participants of the visit', () => {
    const r = extractArticle({ id: 'z', lang: 'zh', published: '2024-06-03', text });
    expect(r.event?.kind).toBe('visit');
    expect(r.event?.participants.map((p) => p.name).sort()).toEqual([
      'Kassym-Jomart Tokayev',
      'Murat Nurtleu',
      'Xi Jinping',
    ]);
  });

  it('reads the page day from an unpadded URL path («/2024/6/3/»)', () => {
    const r = extractArticle({
      id: 'z',
      lang: 'zh',
      published: null,
      url: 'https://example.cn/art/2024/6/3/art_1.html',
      text,
    });
    expect(r.event?.eventDate).toBe('2024-06-03');
  });
});
