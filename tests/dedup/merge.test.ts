import { describe, expect, it } from 'vitest';
import { mergeEvents, newAgreements } from '../../shared/dedup/index.ts';
import type { Agreement, Figure, SourceRef } from '../../shared/domain/index.ts';
import { extracted, person, storedEvent } from './fixtures.ts';

const ru: SourceRef = {
  articleId: 'ar_second',
  url: 'https://inform.kz/ru/saparov-vstretilsya-s-zamministra-8c41d7',
  outlet: 'Kazinform',
  title: 'Сапаров встретился с замминистра',
  published: '2025-02-26T16:40:00+05:00',
  lang: 'ru',
};
/** The Russian report of another event, for the cross-language tests. */
const ruSource: SourceRef = { ...ru, articleId: 'ar_ru', url: 'https://inform.kz/ru/x-9b1c22' };
const mouPlanned: Agreement = {
  docType: 'memorandum',
  status: 'planned',
  title: 'Memorandum of Understanding on agricultural science',
};

function existing() {
  return storedEvent(
    extracted({
      kind: 'meeting',
      eventDate: null,
      location: 'Astana',
      participants: [person('Saparov', null, 'KZ'), person('Ma Youxiang', 'Vice Minister', 'CN')],
      mentioned: [person('Kassym-Jomart Tokayev', 'President', 'KZ')],
      agreements: [mouPlanned],
      figures: [
        {
          metric: 'other',
          value: 1_400_000_000,
          unit: 'USD',
          year: null,
          text: 'exports reached 1.4 billion US dollars',
        },
      ],
      frameworks: ['Belt and Road'],
      topics: ['agriculture'],
    }),
    'https://qazinform.com/news/kazakh-agriculture-minister-meets-chinese-vice-minister-3f9a12',
  );
}

const incoming = extracted({
  kind: 'agreement_signing',
  eventDate: '2025-02-26',
  location: null,
  participants: [
    person('Aidarbek Saparov', 'Minister of Agriculture', 'KZ'),
    person('Ma Youxiang', null, null),
  ],
  mentioned: [],
  agreements: [
    {
      docType: 'memorandum',
      status: 'signed',
      title: 'Memorandum of understanding on agricultural science.',
    },
    {
      docType: 'protocol',
      status: 'signed',
      title: 'Protocol on phytosanitary requirements for feed grain exported to China',
    },
  ],
  figures: [
    {
      metric: 'other',
      value: 1_400_000_000,
      unit: 'USD',
      year: 2024,
      text: 'экспорт достиг 1,4 млрд долларов США',
    },
    { metric: 'other', value: 25, unit: 'percent', year: 2024, text: 'увеличившись на 25%' },
  ],
  frameworks: ['belt and road', 'SCO'],
  topics: ['agriculture', 'trade'],
});

describe('mergeEvents', () => {
  it('keeps every source once and adds the new one', () => {
    const merged = mergeEvents(existing(), incoming, ru);
    expect(merged.sources.map((s) => s.articleId)).toEqual(['ar_first', 'ar_second']);
    expect(mergeEvents(merged, incoming, ru).sources).toHaveLength(2);
  });

  it('fills the date one outlet gave and keeps the place the other gave', () => {
    const merged = mergeEvents(existing(), incoming, ru);
    expect(merged.eventDate).toBe('2025-02-26');
    expect(merged.location).toBe('Astana');
    expect(merged.kind).toBe('meeting');
  });

  it('calls the happening a meeting when one report tells the talks and another leads with the signing', () => {
    // meeting first, signing second: the meeting stays
    expect(mergeEvents(existing(), incoming, ru).kind).toBe('meeting');
    // signing first, meeting second: the talks win too, whatever the arrival order
    const signingFirst = storedEvent(incoming, 'https://daryo.uz/en/2025/02/26/memorandum-signed-c41d07/');
    const meeting = extracted({ ...incoming, kind: 'meeting' });
    expect(mergeEvents(signingFirst, meeting, ru).kind).toBe('meeting');
    // a signing with a statement about it stays a signing
    expect(mergeEvents(signingFirst, extracted({ ...incoming, kind: 'statement' }), ru).kind).toBe(
      'agreement_signing',
    );
  });

  it('unions people by normalised name, keeping the fuller name and filling roles', () => {
    const merged = mergeEvents(existing(), incoming, ru);
    expect(merged.participants).toEqual([
      { name: 'Aidarbek Saparov', role: 'Minister of Agriculture', country: 'KZ' },
      { name: 'Ma Youxiang', role: 'Vice Minister', country: 'CN' },
    ]);
    expect(merged.mentioned.map((p) => p.name)).toEqual(['Kassym-Jomart Tokayev']);
  });

  it('moves someone one report only mentioned to participants when another says they took part', () => {
    const e = existing();
    const merged = mergeEvents(
      e,
      { ...incoming, participants: [...incoming.participants, person('Tokayev')] },
      ru,
    );
    expect(merged.participants.map((p) => p.name)).toContain('Kassym-Jomart Tokayev');
    expect(merged.mentioned).toEqual([]);
  });

  it('unions agreements by type and title, upgrading planned to signed', () => {
    const merged = mergeEvents(existing(), incoming, ru);
    expect(merged.agreements.map((a) => [a.docType, a.status])).toEqual([
      ['memorandum', 'signed'],
      ['protocol', 'signed'],
    ]);
  });

  it('unions figures by metric, value and year, filling an unknown year', () => {
    const merged = mergeEvents(existing(), incoming, ru);
    expect(merged.figures.map((f) => [f.value, f.unit, f.year])).toEqual([
      [1_400_000_000, 'USD', 2024],
      [25, 'percent', 2024],
    ]);
    const again = mergeEvents(
      merged,
      { ...incoming, figures: [{ ...(incoming.figures[0] as Figure), year: 2023 }] },
      ru,
    );
    expect(again.figures.map((f) => f.year)).toEqual([2024, 2024, 2023]);
  });

  it('unions frameworks and topics case-insensitively, losing nothing', () => {
    const merged = mergeEvents(existing(), incoming, ru);
    expect(merged.frameworks).toEqual(['Belt and Road', 'SCO']);
    expect(merged.topics).toEqual(['agriculture', 'trade']);
  });

  it('leaves the stored event untouched and keeps its id and version', () => {
    const e = existing();
    const before = JSON.stringify(e);
    const merged = mergeEvents(e, incoming, ru);
    expect(JSON.stringify(e)).toBe(before);
    expect(merged.id).toBe(e.id);
    expect(merged.version).toBe(e.version);
  });
});

describe('newAgreements', () => {
  it('reports added documents and planned→signed upgrades, not those already known', () => {
    const e = existing();
    const added = newAgreements(e, mergeEvents(e, incoming, ru));
    expect(added.map((a) => `${a.docType}:${a.status}`)).toEqual(['memorandum:signed', 'protocol:signed']);
  });

  it('reports nothing when a merge brings no new document', () => {
    const e = existing();
    const merged = mergeEvents(e, incoming, ru);
    expect(
      newAgreements(
        merged,
        mergeEvents(merged, incoming, { ...ru, articleId: 'ar_third', url: 'https://x.kz/a' }),
      ),
    ).toEqual([]);
  });

  it('reports every agreement of a new event', () => {
    expect(newAgreements(null, existing())).toEqual([mouPlanned]);
  });

  it('keeps two different memoranda of one event apart', () => {
    const e = existing();
    const other: Agreement = {
      docType: 'memorandum',
      status: 'signed',
      title: 'Memorandum on cooperation in veterinary medicine',
    };
    const merged = mergeEvents(e, { ...incoming, agreements: [other] }, ru);
    expect(newAgreements(e, merged)).toEqual([other]);
  });
});

describe('agreements reported in two languages', () => {
  const en = (title: string, status: Agreement['status'] = 'signed'): Agreement => ({
    docType: 'memorandum',
    status,
    title,
  });
  const event = () =>
    storedEvent(
      extracted({
        eventDate: '2025-04-26',
        agreements: [
          en('Memorandum of Cooperation between the Ministries of Foreign Affairs for 2026-2028', 'planned'),
        ],
      }),
      'https://qazinform.com/news/x-2c81f0',
    );

  it('merges the Russian report of the one memorandum into the English one, upgrading it to signed', () => {
    const ru = en('Меморандум о сотрудничестве между министерствами иностранных дел на 2026–2028 годы');
    const merged = mergeEvents(event(), { ...incoming, agreements: [ru] }, ruSource);
    expect(merged.agreements).toHaveLength(1);
    expect(merged.agreements[0]?.status).toBe('signed');
    expect(newAgreements(event(), merged).map((a) => a.status)).toEqual(['signed']);
  });

  it('keeps a Russian document whose numbers contradict the English one', () => {
    const ru = en('Меморандум о сотрудничестве на 2023–2025 годы');
    const merged = mergeEvents(event(), { ...incoming, agreements: [ru] }, ruSource);
    expect(merged.agreements).toHaveLength(2);
    expect(newAgreements(event(), merged)).toEqual([ru]);
  });

  it('keeps every document when the Russian report lists more of that type than the English one', () => {
    const ru = [
      en('Меморандум о сотрудничестве в сфере туризма'),
      en('Меморандум о сотрудничестве в сфере образования'),
    ];
    const merged = mergeEvents(event(), { ...incoming, agreements: ru }, ruSource);
    expect(merged.agreements).toHaveLength(3);
  });
});

describe('agreements reworded by different outlets', () => {
  const memo = (title: string): Agreement => ({ docType: 'memorandum', status: 'signed', title });
  const notes = (title: string): Agreement => ({ docType: 'notes', status: 'signed', title });
  const first = [
    memo(
      'Memorandum of Cooperation between the Ministries of Foreign Affairs of Kazakhstan and China for 2026-2028',
    ),
    notes('Notes on the establishment of the Consulate General of the Republic of Kazakhstan in Guangzhou'),
  ];
  const event = () =>
    storedEvent(
      extracted({ eventDate: '2025-04-26', agreements: first }),
      'https://qazinform.com/news/a-48a38b',
    );

  it('recognises the same documents however each outlet words them', () => {
    let e = event();
    for (const agreements of [
      [
        memo(
          'Memorandum of cooperation between the two foreign ministries for 2026–2028 in Almaty on April 26',
        ),
      ],
      [memo('Memorandum on cooperation between the two foreign ministries for 2026-2028')],
      [
        notes(
          'Notes on opening a Consulate General of Kazakhstan in Guangzhou, the Kazakh Foreign Ministry reported',
        ),
      ],
    ])
      e = mergeEvents(
        e,
        { ...incoming, agreements },
        { ...ruSource, articleId: `ar_${e.sources.length}`, url: `https://x.kz/${e.sources.length}` },
      );
    expect(e.agreements).toEqual(first);
    expect(newAgreements(event(), e)).toEqual([]);
  });

  it('matches a title the extractor cut from an attribution sentence to the one stored document of its type', () => {
    const fragment = notes(
      'Notes in Almaty on April 26, Tengrinews.kz reports citing the Ministry of Foreign Affairs',
    );
    const merged = mergeEvents(event(), { ...incoming, agreements: [fragment] }, ruSource);
    expect(merged.agreements).toEqual(first);
  });

  it('keeps a cut fragment as a new document when two stored documents of its type could be meant', () => {
    const two = storedEvent(
      extracted({ agreements: [notes('Notes on visas'), notes('Notes on consulates in Xian')] }),
      'https://x.kz/n',
    );
    const fragment = notes('Notes signed in Almaty, Kazinform reports');
    expect(mergeEvents(two, { ...incoming, agreements: [fragment] }, ruSource).agreements).toHaveLength(3);
  });

  it('keeps memoranda on different subjects apart, even worded alike', () => {
    const e = storedEvent(
      extracted({ agreements: [memo('Memorandum of cooperation in the field of tourism')] }),
      'https://x.kz/t',
    );
    const merged = mergeEvents(
      e,
      { ...incoming, agreements: [memo('Memorandum of cooperation in the field of education')] },
      ruSource,
    );
    expect(merged.agreements.map((a) => a.title)).toEqual([
      'Memorandum of cooperation in the field of tourism',
      'Memorandum of cooperation in the field of education',
    ]);
  });
});
