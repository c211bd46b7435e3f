import { describe, expect, it } from 'vitest';
import { extractAgreementInfo, extractAgreements } from '../../shared/extract/agreements.ts';
import type { Sentence } from '../../shared/extract/sentences.ts';

/** Sentences of one paragraph each, as buildDoc gives them (the sentences here are written for these tests). */
const doc = (...texts: string[]): Sentence[] => texts.map((text, para) => ({ text, para, zone: 'body' }));
const kinds = (...texts: string[]) => extractAgreements(doc(...texts)).map((a) => `${a.docType}/${a.status}`);

describe('document words by type (en, ru, kk)', () => {
  it('maps the nouns of each language to one docType', () => {
    expect(kinds('The ministers signed a roadmap on expanding grain exports.')).toEqual(['roadmap/signed']);
    expect(kinds('Стороны подписали дорожную карту по развитию торговли.')).toEqual(['roadmap/signed']);
    expect(kinds('Министры подписали совместное коммюнике по итогам переговоров.')).toEqual([
      'joint_statement/signed',
    ]);
    expect(kinds('The sides inked an accord on cross-border river protection.')).toEqual([
      'agreement/signed',
    ]);
    expect(kinds('Тараптар су ресурстары туралы келісімге қол қойды.')).toEqual(['agreement/signed']);
  });

  it('reads a Russian «договор» as a contract for supplies and as an agreement between states', () => {
    expect(kinds('Компании подписали договор о поставках пшеницы в Синьцзян.')).toEqual(['contract/signed']);
    expect(kinds('Главы государств подписали договор о дружбе и добрососедстве.')).toEqual([
      'agreement/signed',
    ]);
  });

  it('takes "notes" for a document only when they are exchanged', () => {
    expect(kinds('The foreign ministers exchanged notes on the opening of consulates.')).toEqual([
      'notes/signed',
    ]);
    expect(kinds('Wang Yi notes that the memorandum was signed by the two ministries.')).toEqual([
      'memorandum/signed',
    ]);
  });
});

describe('documents of earlier years', () => {
  it('leaves out a signing set in a year before the event, keeps one of its year and a period in a title', () => {
    const of = (year: number, text: string) =>
      extractAgreementInfo(doc(text), year).agreements.map((a) => `${a.docType}/${a.status}`);
    expect(of(2026, 'In 2021, the two ministries signed a memorandum on water resources.')).toEqual([]);
    expect(of(2026, 'Ещё в 2018 году стороны подписали соглашение о транзите газа.')).toEqual([]);
    expect(of(2026, 'In 2026, the two ministries signed a memorandum on water resources.')).toEqual([
      'memorandum/signed',
    ]);
    expect(of(2026, 'The ministers signed a program of cooperation for 2021-2026.')).toEqual([
      'program/signed',
    ]);
  });
});

describe('counted batches and enumerations', () => {
  it('reads the next document after a title that began before its noun ("intergovernmental agreement")', () => {
    expect(
      kinds(
        'Nine documents were signed after the talks, including an interregional agreement on tourism and a program of cooperation in education for 2026-2030.',
      ),
    ).toEqual(['agreement/signed', 'program/signed']);
    expect(
      kinds('The governors signed a bilateral memorandum on water use and a protocol on border checkpoints.'),
    ).toEqual(['memorandum/signed', 'protocol/signed']);
  });

  it('counts an unnamed batch instead of listing it, and keeps the named ones', () => {
    const info = extractAgreementInfo(
      doc(
        'In the presence of the two premiers, 12 documents worth $3 billion were signed.',
        'Among them are an agreement on customs cooperation, a memorandum on solar power and two contracts for the supply of copper.',
      ),
    );
    expect(info.count).toBe(12);
    expect(info.agreements.map((a) => `${a.docType}/${a.status}`)).toEqual([
      'agreement/signed',
      'memorandum/signed',
      'contract/signed',
    ]);
    expect(info.countEvidence).toMatch(/^In the presence/);
  });

  it('reads each item of an enumeration after "including" as its own document', () => {
    expect(
      kinds(
        'The parties signed several intergovernmental agreements, including on air services, on veterinary control, and on the mutual recognition of diplomas.',
      ),
    ).toEqual(['agreement/signed', 'agreement/signed', 'agreement/signed']);
  });

  it('keeps a list of fields as one batch and "a number of documents" as one generic entry', () => {
    expect(
      kinds('Ministers are to sign a package of agreements in the fields of transport, energy and culture.'),
    ).toEqual(['agreement/planned']);
    expect(kinds('Был подписан ряд межведомственных документов о двустороннем сотрудничестве.')).toEqual([
      'other/signed',
    ]);
    expect(extractAgreementInfo(doc('Подписан пакет из 15 документов о сотрудничестве.')).count).toBe(15);
    const kk = extractAgreementInfo(doc('Сапар барысында 14 құжатқа қол қойылды.'));
    expect([kk.count, kk.agreements]).toEqual([14, []]);
    const kkList = extractAgreementInfo(
      doc(
        'Сапар барысында 12 құжатқа қол қойылды, оның ішінде көлік саласындағы ынтымақтастық туралы келісім.',
      ),
    );
    expect(kkList.count).toBe(12);
    expect(kkList.agreements).toMatchObject([
      { docType: 'agreement', status: 'signed', title: 'Көлік саласындағы ынтымақтастық туралы келісім' },
    ]);
  });

  it('gives an announced but unnamed batch one generic planned entry', () => {
    expect(
      kinds('The two sides are expected to sign about 20 agreements worth $5 billion during the trip.'),
    ).toEqual(['agreement/planned']);
    expect(kinds('The leaders plan to review the agenda and sign several bilateral documents.')).toEqual([
      'other/planned',
    ]);
  });
});

describe('documents of another time are not this event’s', () => {
  it('leaves out running totals and earlier signings', () => {
    expect(
      kinds('Over the past ten years our ministries have concluded 85 agreements worth $52 billion.'),
    ).toEqual([]);
    expect(extractAgreementInfo(doc('Since 2015, the sides have signed 40 documents.')).count).toBeNull();
    expect(kinds('He cited a recently signed agreement on industrial cooperation.')).toEqual([]);
    expect(kinds('Li praised the agreements signed with President Tokayev during the state visit.')).toEqual(
      [],
    );
    expect(kinds('Соглашение о строительстве терминала, подписанное в 2022 году, выполняется.')).toEqual([]);
  });

  it('leaves out documents in force: ratified, or the frame of something else', () => {
    expect(
      kinds('The senate ratified the agreement on the readmission of persons, signed by the ministers.'),
    ).toEqual([]);
    expect(
      kinds('Under the 2019 agreement on air services, the airlines signed new code-share terms.'),
    ).toEqual([]);
    expect(kinds('В рамках визита подписано соглашение о сотрудничестве в области туризма.')).toEqual([
      'agreement/signed',
    ]);
  });

  it('does not take a back-reference for a planned document', () => {
    expect(
      kinds(
        'The sides signed a memorandum on green hydrogen.',
        'The memorandum is expected to open the way for joint plants.',
      ),
    ).toEqual(['memorandum/signed']);
  });
});

describe('status and sentences that point back', () => {
  it('takes the verb nearest to each document', () => {
    expect(
      kinds(
        'The ministers signed a protocol on phytosanitary rules and agreed to sign a roadmap on logistics next year.',
      ),
    ).toEqual(['protocol/signed', 'roadmap/planned']);
    // Preparing a text is not an announced signing, and the verb of the other clause does not sign it.
    expect(
      kinds(
        'The ministers signed a protocol on phytosanitary rules and agreed to prepare a roadmap on logistics.',
      ),
    ).toEqual(['protocol/signed']);
  });

  it('gives the document of the sentence before the status of «Его планируется подписать»', () => {
    expect(
      kinds(
        'Стороны завершают работу над соглашением о взаимной защите инвестиций.',
        'Его планируется подписать в ходе визита.',
      ),
    ).toEqual(['agreement/planned']);
  });

  it('reads the lines of a list under "the following documents were signed:"', () => {
    expect(
      kinds(
        'Following the talks, the following documents were signed:',
        '– Agreement on the mutual recognition of driving licences;',
        '– Memorandum on cooperation in public health.',
        'The leaders then visited an exhibition of the memorandum partners.',
      ),
    ).toEqual(['agreement/signed', 'memorandum/signed']);
  });

  it('joins the lines of a hard-wrapped report before reading it', () => {
    const out = extractAgreements([
      { text: 'After the talks, a memorandum of understanding was', para: 3, zone: 'body' },
      { text: 'signed between the two railway companies.', para: 4, zone: 'body' },
    ]);
    expect(out).toMatchObject([{ docType: 'memorandum', status: 'signed' }]);
    expect(out[0]?.evidence).toBe(
      'After the talks, a memorandum of understanding was signed between the two railway companies.',
    );
  });
});

describe('a document needs its own noun and a verb that signs it', () => {
  it('reads areas listed after a batch as areas, not documents', () => {
    const fields = extractAgreementInfo(
      doc('The delegations signed 9 documents in the fields of mining, logistics and tourism.'),
    );
    expect([fields.count, fields.agreements]).toEqual([9, []]);
    expect(kinds('A total of 6 documents were signed, covering water, rail freight and education.')).toEqual(
      [],
    );
    // Uncounted, they are one generic entry; what follows lists their areas, not more documents.
    expect(
      kinds('The ministries signed documents on trade and investment, transit, green energy and health.'),
    ).toEqual(['other/signed']);
    const ru = extractAgreementInfo(
      doc('По итогам форума подписано 5 меморандумов, охватывающих сферы логистики, туризма и медицины.'),
    );
    expect([ru.count, ru.agreements]).toEqual([5, []]);
  });

  it('lists only the enumerated items a document noun heads', () => {
    expect(
      kinds(
        'Eleven documents were signed, including a memorandum on a solar park, a feed mill in Taraz and a strategy of the region until 2040.',
      ),
    ).toEqual(['memorandum/signed']);
    // The items after a plural of a specific type with its subject name that plural's documents.
    expect(
      kinds(
        'The companies signed contracts for a wind farm in Zhambyl, a glass factory and the supply of barley.',
      ),
    ).toEqual(['contract/signed']);
    expect(
      kinds(
        'Seven documents were signed, among them contracts for a wind farm in Zhambyl, a glass factory, and the supply of barley.',
      ),
    ).toEqual(['contract/signed', 'contract/signed', 'contract/signed']);
  });

  it('takes no strategy, programme or clause for a planned document', () => {
    expect(kinds('The region will adopt a tourism development strategy until 2035.')).toEqual([]);
    expect(kinds('The akimat approved a programme of industrial development for 2025-2029.')).toEqual([]);
    expect(kinds('Several cooperation documents are expected to be signed during the forum.')).toEqual([
      'other/planned',
    ]);
    expect(kinds('Стороны обсудили проект соглашения о транзите грузов.')).toEqual([]);
    expect(kinds('Соглашение о транзите грузов планируется подписать осенью.')).toEqual([
      'agreement/planned',
    ]);
  });

  it('lets "adopted" and "issued" sign statements and declarations only', () => {
    expect(kinds('A joint statement was adopted at the end of the talks.')).toEqual([
      'joint_statement/signed',
    ]);
    expect(kinds('The two leaders issued a joint declaration on lasting friendship.')).toEqual([
      'declaration/signed',
    ]);
    expect(kinds('По итогам встречи принято совместное коммюнике.')).toEqual(['joint_statement/signed']);
    expect(kinds('The council adopted an action plan on water saving.')).toEqual([]);
  });

  it('reads a headline in the present tense and an "earlier today" lead as signings of this event', () => {
    const headline = extractAgreements([
      { text: 'Kazakhstan, China sign memorandum on rare earth processing', para: -1, zone: 'title' },
    ]);
    expect(headline.map((a) => `${a.docType}/${a.status}`)).toEqual(['memorandum/signed']);
    expect(kinds('Earlier today, the ministers signed an agreement on cross-border e-commerce.')).toEqual([
      'agreement/signed',
    ]);
  });

  it('keeps two documents whose titles share only two of three words', () => {
    expect(
      kinds(
        'The sides signed a memorandum on a cable plant.',
        'Later, the governors signed a memorandum on a cable terminal.',
      ),
    ).toEqual(['memorandum/signed', 'memorandum/signed']);
    expect(
      kinds(
        'The sides signed a memorandum on a copper smelter in Balkhash.',
        'The memorandum on the Balkhash copper smelter was signed by the two chairmen.',
      ),
    ).toEqual(['memorandum/signed']);
  });
});

describe('a counted plural that names its subjects', () => {
  it('lists one document a subject after a colon, a dash or a repeated preposition', () => {
    expect(
      kinds('The ministers signed two agreements: on seed certification and on veterinary checks.'),
    ).toEqual(['agreement/signed', 'agreement/signed']);
    expect(
      kinds('Стороны подписали два соглашения — о пенсионном обеспечении и о взаимной правовой помощи.'),
    ).toEqual(['agreement/signed', 'agreement/signed']);
    expect(kinds('The sides signed two agreements on seed certification and on veterinary checks.')).toEqual([
      'agreement/signed',
      'agreement/signed',
    ]);
    // One subject with "and" inside it is one document.
    expect(kinds('The sides signed agreements on the construction and upkeep of a border bridge.')).toEqual([
      'agreement/signed',
    ]);
  });
});
