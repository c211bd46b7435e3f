import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/extract/index.ts';

/** Sentences written for these tests in the style of Chinese readouts; names of real officials. */
const extract = (text: string, published = '2024-06-12', title?: string) =>
  extractArticle({ id: 'z', text, published, ...(title ? { title } : {}) });
const types = (r: ReturnType<typeof extract>) =>
  (r.event?.agreements ?? []).map((a) => `${a.docType}:${a.status}`).sort();

describe('Chinese counted and enumerated documents', () => {
  // Real labels (shared/dev/README.md, gold19/extra): counted documents no title names are the count alone.
  it('leaves counted unnamed documents («四项合作协议», Chinese numerals) to the count', () => {
    const r = extract(
      '11月5日，中国和哈萨克斯坦政府间合作委员会在北京举行会议。会后双方签署了四项合作协议。',
    );
    expect(types(r)).toEqual([]);
    expect(r.event?.agreementCount).toBe(4);
  });

  it('keeps named ones beside the counted ones and types each noun', () => {
    const r = extract(
      '11月5日，中国和哈萨克斯坦两国外长举行会谈。会谈后双方签署了两份谅解备忘录和《边境口岸合作协定》。',
    );
    expect(types(r)).toEqual(['agreement:signed']);
    expect(r.event?.agreementCount).toBe(2);
  });

  it('counts each untitled document of an enumeration', () => {
    const r = extract(
      '11月5日，中国和哈萨克斯坦两国总理举行会谈，双方签署了农业合作协定、航空运输协定和科技合作协定。',
    );
    expect(types(r)).toEqual(Array(3).fill('agreement:signed'));
  });

  it('leaves an approximate count («十余项») and generic documents to the count alone', () => {
    // Unnamed signed documents are counted, not listed (dev README: «17 documents were signed» → agreementCount).
    const r = extract('11月5日，中国和哈萨克斯坦两国总理举行会谈，双方签署了十余项协议。');
    expect(types(r)).toEqual([]);
    expect(r.event?.agreementCount).toBe(10);
    const g = extract('11月5日，中国和哈萨克斯坦两国总理举行会谈，双方签署了12份合作文件。');
    expect(types(g)).toEqual([]);
    expect(g.event?.agreementCount).toBe(12);
  });
});

describe('Chinese background people', () => {
  it('keeps a leader of an earlier year («1998年，…», «时任») out of the participants', () => {
    const r = extract(
      '2024年11月5日，李强在北京会见哈萨克斯坦总理别克捷诺夫。1998年，朱镕基访问哈萨克斯坦。时任外长唐家璇出席会谈。',
      '2024-11-05',
      '李强会见哈萨克斯坦总理别克捷诺夫',
    );
    const part = (r.event?.participants ?? []).map((p) => p.name).sort();
    expect(part).toEqual(['Li Qiang', 'Olzhas Bektenov']);
    const mentioned = (r.event?.mentioned ?? []).map((p) => p.name).sort();
    expect(mentioned).toEqual(['Tang Jiaxuan', 'Zhu Rongji']);
  });
});

describe('Chinese people only mentioned beside the event', () => {
  const people = (text: string, title?: string) => {
    const r = extract(text, '2024-06-13', title);
    return {
      part: (r.event?.participants ?? []).map((p) => p.name).sort(),
      mentioned: (r.event?.mentioned ?? []).map((p) => p.name).sort(),
    };
  };

  it('keeps the leader who sent an envoy, and one whose initiative is quoted, out', () => {
    expect(people('受习近平主席委托，国务委员王勇出席哈萨克斯坦总统就职仪式并会见托卡耶夫总统。')).toEqual({
      part: ['Kassym-Jomart Tokayev', 'Wang Yong'],
      mentioned: ['Xi Jinping'],
    });
    expect(
      people(
        '托卡耶夫总统会见王毅时表示，哈方支持习近平主席提出的全球安全倡议。',
        '托卡耶夫会见中国外长王毅',
      ),
    ).toEqual({ part: ['Kassym-Jomart Tokayev', 'Wang Yi'], mentioned: ['Xi Jinping'] });
  });

  it('keeps a leader named after «去年» out, and reads 曾 as a surname where it is one', () => {
    expect(
      people(
        '6月12日，李强在北京会见哈萨克斯坦总理别克捷诺夫。去年，托卡耶夫总统对中国进行了国事访问。',
        '李强会见别克捷诺夫',
      ),
    ).toEqual({ part: ['Li Qiang', 'Olzhas Bektenov'], mentioned: ['Kassym-Jomart Tokayev'] });
    const r = extractArticle({
      id: 'z',
      text: '5月10日，国家副主席曾庆红在北京会见哈萨克斯坦外长托卡耶夫，双方签署了领事条约。',
      published: '2005-05-11',
    });
    expect((r.event?.participants ?? []).map((p) => p.name).sort()).toEqual([
      'Kassym-Jomart Tokayev',
      'Zeng Qinghong',
    ]);
    expect(r.event?.agreements.map((a) => a.docType)).toEqual(['agreement']);
  });

  it('keeps the object of a coming act in a visit preview out', () => {
    expect(
      people(
        '应哈萨克斯坦总理别克捷诺夫邀请，国务院总理李强将于6月20日对哈萨克斯坦进行正式访问。访问期间，李强将会见托卡耶夫总统。',
        '李强将访问哈萨克斯坦',
      ),
    ).toEqual({ part: ['Li Qiang'], mentioned: ['Kassym-Jomart Tokayev', 'Olzhas Bektenov'] });
  });
});

describe('Chinese documents issued or summarised', () => {
  it('takes an issued joint statement («发表联合声明») for the event’s document', () => {
    const r = extract(
      '6月12日，习近平同托卡耶夫在阿斯塔纳举行会谈。会谈后，两国元首发表了《中哈联合声明》。',
    );
    expect(types(r)).toEqual(['joint_statement:signed']);
  });

  it('takes a headline’s untitled document for the one the body names', () => {
    const r = extract(
      '6月12日，中国和哈萨克斯坦两国外长签署《中华人民共和国政府和哈萨克斯坦共和国政府关于互认学历的协定》。',
      '2024-06-12',
      '中哈签署互认学历协定',
    );
    expect(types(r)).toEqual(['agreement:signed']);
  });
});

describe('Chinese document titles', () => {
  it('types a 《title》 ending in a plan or scheme as a program', () => {
    const r = extract(
      '6月12日，中国和哈萨克斯坦两国总理举行会谈，并签署了《中哈两国政府2025—2030年农业合作发展规划》和《口岸改造方案》。',
    );
    expect(types(r)).toEqual(['program:signed', 'program:signed']);
  });
});

describe('Chinese counts told twice, minutes and exchanged views', () => {
  it('reads a count before a long list of fields and does not add a headline’s count to the body’s', () => {
    const r = extract(
      '中国甘肃省代表团访问哈萨克斯坦克孜勒奥尔达州 双方签署五项合作备忘录\n会谈后，双方签署了五份涉及农业、旅游、教育、卫生和物流等领域的谅解备忘录。',
    );
    expect(types(r)).toEqual([]);
    expect(r.event?.agreementCount).toBe(5);
  });

  it('types the minutes of a session as its protocol', () => {
    const r = extract(
      '11月5日，中国和哈萨克斯坦两国副总理举行中哈合作委员会第十二次会议。会后，双方共同签署了会议纪要。',
    );
    expect(types(r)).toEqual(['protocol:signed']);
  });

  it('does not read exchanged views as exchanged documents', () => {
    const r = extract('11月5日，两国外长举行会谈，双方就落实两国元首联合声明交换了意见。');
    expect(types(r)).toEqual([]);
  });
});

describe('Chinese joint statements made public and their short names', () => {
  it('takes a joint statement made public («《…联合声明》3日公布») as the event’s document', () => {
    const r = extract(
      '中新社阿斯塔纳6月11日电 《中华人民共和国和哈萨克斯坦共和国联合声明》11日公布。联合声明表示，中哈两国将深化全面战略伙伴关系。',
    );
    expect(types(r)).toEqual(['joint_statement:signed']);
  });

  it('reads «以下简称《联合声明》» as the same document, not a second one', () => {
    const r = extract(
      '6月11日，中国国家主席和哈萨克斯坦总统签署并发表《中华人民共和国和哈萨克斯坦共和国联合声明》（以下简称《联合声明》）。',
    );
    expect(types(r)).toEqual(['joint_statement:signed']);
  });

  it('folds traditional characters of a release («公佈») before reading it', () => {
    const r = extract(
      '中新社阿斯塔納6月11日電 《中華人民共和國和哈薩克斯坦共和國聯合聲明》11日公佈。聯合聲明表示，中哈兩國將深化全面戰略夥伴關係。',
    );
    expect(types(r)).toEqual(['joint_statement:signed']);
  });
});

describe('Chinese reports of several events of one day', () => {
  it('leaves the documents of another event told from «同日» on to that event', () => {
    const r = extract(
      '新华社阿斯塔纳6月11日电 国务院副总理11日在阿斯塔纳会见哈萨克斯坦总统托卡耶夫。\n双方就中哈合作交换了意见。\n同日，国务院副总理和哈萨克斯坦第一副总理举行中哈合作委员会第十二次会议。\n会后，双方共同签署了会议纪要。',
    );
    expect(types(r)).toEqual([]);
  });
});

describe('Chinese anniversaries of signings and earlier visits', () => {
  it('does not read the anniversary of a treaty’s signing as a signing', () => {
    const r = extract(
      '6月11日，值此《中哈睦邻友好合作条约》签署20周年之际，中国和哈萨克斯坦两国外长在阿斯塔纳举行会谈。',
    );
    expect(types(r)).toEqual([]);
  });

  it('leaves documents signed on the last visit («上次访问期间签署的») out', () => {
    const r = extract('6月11日，中国和哈萨克斯坦两国外长举行会谈，双方同意落实上次访问期间签署的投资协定。');
    expect(types(r)).toEqual([]);
  });

  it('types a titled statement of the two as their joint statement', () => {
    const r = extract('6月11日，中国和哈萨克斯坦两国元首签署了《中哈两国关于深化全面战略伙伴关系的声明》。');
    expect(types(r)).toEqual(['joint_statement:signed']);
  });
});
