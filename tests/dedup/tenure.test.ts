import { describe, expect, it } from 'vitest';
import { eraOf } from '../../shared/dedup/eras.ts';
import { EventClusterer, reportOf } from '../../shared/dedup/index.ts';
import { feasibleYears, tenureOf, termOf } from '../../shared/dedup/tenure.ts';
import { extracted, person } from './fixtures.ts';

describe('terms of office', () => {
  it('reads the term of the office a participant is named in', () => {
    expect(termOf(person('Li Keqiang', 'Premier', 'CN'))).toEqual([2013, 2023]);
    expect(termOf(person('Askar Mamin', 'Prime Minister', 'KZ'))).toEqual([2019, 2022]);
    // the office he held before: each office its own term
    expect(termOf(person('Askar Mamin', 'First Deputy Prime Minister', 'KZ'))).toEqual([2016, 2019]);
  });

  it('knows nothing of an office the gazetteer does not date for that person, or of no role', () => {
    // a deputy premier is neither the premier nor the first deputy, though the words contain each other
    expect(termOf(person('Askar Mamin', 'Deputy Prime Minister', 'KZ'))).toBeNull();
    expect(termOf(person('Askar Mamin', null, 'KZ'))).toBeNull();
    expect(termOf(person('Ivan Nobody', 'Prime Minister', 'KZ'))).toBeNull();
  });

  it('intersects the participants’ terms, and trusts none when they contradict', () => {
    const li = person('Li Keqiang', 'Premier', 'CN');
    const mamin = person('Askar Mamin', 'Prime Minister', 'KZ');
    expect(tenureOf([li, mamin])).toEqual([2019, 2022]);
    expect(tenureOf([person('Li Qiang', 'Premier of the State Council', 'CN'), mamin])).toBeNull();
  });

  it('widens a term by a year each side and meets it with the era of the text', () => {
    expect(feasibleYears([2013, 2023], null)).toEqual([2012, 2024]);
    expect(feasibleYears([2013, null], [2019, 2022])).toEqual([2019, 2022]);
    expect(feasibleYears(null, null)).toBeNull();
  });
});

describe('the era of the capital’s name', () => {
  it('reads Nur-Sultan as 2019–2022 in every script, not the first name of a person', () => {
    expect(eraOf('The two ministers met in Nur-Sultan on Tuesday.')).toEqual([2019, 2022]);
    expect(eraOf('Переговоры прошли в Нур-Султане.')).toEqual([2019, 2022]);
    expect(eraOf('Кездесу Нұр-Сұлтанда өтті.')).toEqual([2019, 2022]);
    expect(eraOf('两国外长在努尔苏丹举行会谈。')).toEqual([2019, 2022]);
    expect(eraOf('Nursultan Nazarbayev received the envoy.')).toBeNull();
    expect(eraOf('努尔苏丹·纳扎尔巴耶夫会见了大使。')).toBeNull();
  });

  it('reads the Elbasy title, anniversaries of diplomatic relations and party congresses', () => {
    expect(eraOf('The envoy handed Elbasy a letter from the Chinese leader.')).toEqual([2010, 2022]);
    expect(eraOf('Стороны отметили 25-летие установления дипломатических отношений.')).toEqual([2016, 2017]);
    expect(eraOf('今年是两国建交35周年。')).toEqual([2026, 2027]);
    expect(eraOf('He wished success to the 21st National Congress of the Communist Party of China.')).toEqual(
      [2027, 2032],
    );
    expect(eraOf('Он поздравил коллегу с итогами XX съезда КПК.')).toEqual([2022, 2027]);
    expect(eraOf('党的十九大以来两国合作不断深化。')).toEqual([2017, 2022]);
    // cues that contradict each other: trust none
    expect(eraOf('Elbasy spoke. The 21st National Congress of the CPC opened.')).toBeNull();
  });

  it('ignores a sentence about another year', () => {
    expect(eraOf('The road deal was signed in Nur-Sultan in 2019. The ministers met in Astana.')).toEqual([
      2019, 2022,
    ]);
    expect(eraOf('The talks in Nur-Sultan in 2018 and 2024 are recalled.')).toBeNull();
  });
});

describe('an undated report of officials out of office in the cluster’s year', () => {
  const premier = person('Li Keqiang', 'Premier', 'CN');
  const host = person('Dauren Zhaksylykov', 'Prime Minister', 'KZ');
  const dated = reportOf(
    extracted({
      kind: 'meeting',
      eventDate: '2025-03-04',
      location: 'Beijing',
      participants: [premier, host],
    }),
    {
      key: 'a1',
      published: '2025-03-04',
      lang: 'en',
      text: 'Premier Li Keqiang held talks with Prime Minister Zhaksylykov in Beijing on grain exports.',
    },
  );
  const undated = reportOf(
    extracted({ kind: 'meeting', eventDate: null, location: 'Beijing', participants: [premier, host] }),
    {
      key: 'b1',
      published: null,
      lang: 'en',
      text: 'BEIJING. Premier Li Keqiang and Prime Minister Zhaksylykov discussed grain exports in Beijing.',
    },
  );

  it('keeps the term on the report', () => {
    expect(undated.tenure).toEqual([2012, 2024]);
  });

  it('is refused however alike the words', () => {
    const c = new EventClusterer();
    expect(c.decide(undated, [{ id: 'A', reports: [dated] }]).target).toBeNull();
    expect(c.decide(dated, [{ id: 'B', reports: [undated] }]).target).toBeNull();
  });

  it('joins when the cluster is within the term', () => {
    const within = reportOf(
      extracted({
        kind: 'meeting',
        eventDate: '2021-03-04',
        location: 'Beijing',
        participants: [premier, host],
      }),
      {
        key: 'a2',
        published: '2021-03-04',
        lang: 'en',
        text: 'Premier Li Keqiang held talks with Prime Minister Zhaksylykov in Beijing on grain exports.',
      },
    );
    expect(new EventClusterer().decide(undated, [{ id: 'A', reports: [within] }]).target?.id).toBe('A');
  });
});

describe('an undated report whose latest year is long before the cluster’s', () => {
  const kz = person('Aidar Temirkhanov', 'President', 'KZ');
  const cn = person('Gao Minghui', 'President', 'CN');
  const ev = (eventDate: string | null) =>
    extracted({ kind: 'meeting', eventDate, location: 'Beijing', participants: [kz, cn] });
  const dated = reportOf(ev('2026-05-20'), {
    key: 'a1',
    published: '2026-05-20',
    lang: 'en',
    text: 'President Temirkhanov held talks with President Gao in Beijing on the new rail corridor.',
  });
  const old = (key: string, text: string) => reportOf(ev(null), { key, published: null, lang: 'en', text });

  it('reads the latest recent year, not starting points or targets', () => {
    expect(
      old('x', 'Trade grew in 2020. They have met ten times since 2023. The plan doubles it by 2030.')
        .recentYear,
    ).toBe(2020);
    expect(old('y', 'Отношения развиваются с 2023 года.').recentYear).toBeNull();
    expect(old('z', '2023 жылдан бері екі ел саудасы өсті.').recentYear).toBeNull();
  });

  it('is refused when that year is four or more years back, kept when recent', () => {
    const stale = old(
      'b1',
      'President Temirkhanov held talks with President Gao in Beijing on the rail corridor. Trade reached 9 billion dollars in 2021.',
    );
    const recent = old(
      'b2',
      'President Temirkhanov held talks with President Gao in Beijing on the rail corridor. Trade reached 9 billion dollars in 2025.',
    );
    const since = old(
      'b3',
      'President Temirkhanov held talks with President Gao in Beijing on the rail corridor, their tenth meeting since 2015.',
    );
    const c = new EventClusterer();
    expect(c.decide(stale, [{ id: 'A', reports: [dated] }]).target).toBeNull();
    expect(c.decide(recent, [{ id: 'A', reports: [dated] }]).target?.id).toBe('A');
    expect(c.decide(since, [{ id: 'A', reports: [dated] }]).target?.id).toBe('A');
  });
});
