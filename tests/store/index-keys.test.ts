import { describe, expect, it } from 'vitest';
import { chooseFacet, eventFacets, hasFacets, requiredFacets } from '../../shared/store/event-facets.ts';
import { figureContributions, pointKey } from '../../shared/store/figures.ts';
import {
  canonicalPerson,
  personKey,
  queryTokens,
  searchTokens,
  stem,
} from '../../shared/store/index-terms.ts';
import {
  eventSortKey,
  facetPartition,
  isIndexStartKey,
  keys,
  SERIES_SHARDS,
  seriesShard,
} from '../../shared/store/keys.ts';
import { eventOn } from './fixtures.ts';

describe('person keys', () => {
  it('gives a gazetteer official one key in every spelling and script', () => {
    const wang = personKey('Wang Yi');
    expect(wang).toBe('wang-i');
    for (const n of ['Ван И', 'WANG YI', 'wang  yi']) expect(personKey(n)).toBe(wang);
    expect(personKey('Касым-Жомарт Токаев')).toBe(personKey('Kassym-Jomart Tokayev'));
    expect(personKey('Си Цзиньпин')).toBe(personKey('Xi Jinping'));
    expect(canonicalPerson('Ли Цян')).toBe('Li Qiang');
  });

  it('falls back to a transliterated, folded name for people the gazetteer does not know', () => {
    expect(canonicalPerson('Данияр Сарсенбаев')).toBeNull();
    expect(personKey('Данияр Сарсенбаев')).toBe(personKey('Daniyar Sarsenbayev'));
    // a Chinese name in Palladius spelling comes out in pinyin
    expect(personKey('Чжан Сяоган')).toBe(personKey('Zhang Xiaogang'));
    expect(personKey('Wang Yilin')).not.toBe(personKey('Wang Yi'));
    expect(personKey('—')).toBe('');
  });
});

describe('search tokens', () => {
  it('maps Russian and English mentions of a person to the same tokens', () => {
    const ru = searchTokens('Ван И провёл переговоры');
    const en = searchTokens('Wang Yi held talks');
    expect(ru.slice(0, 2)).toEqual(['wang', 'i']);
    expect(en.slice(0, 2)).toEqual(['wang', 'i']);
  });

  it('folds spellings and light endings, and drops function words', () => {
    expect(searchTokens('the Railways of Astana')).toEqual(['railw', 'astan']);
    expect(searchTokens('в Астане')).toEqual(['astan']);
    expect(stem('talks')).toBe(stem('talk'));
    expect(stem('gas')).toBe('gas');
    expect(searchTokens('Tokayev')).toEqual(searchTokens('Токаев'));
  });
});

describe('glossary concepts', () => {
  it('gives a domain word one token in English, Russian and Kazakh, whatever its ending', () => {
    for (const q of ['wheat', 'пшеница', 'пшеницы', 'бидай']) expect(queryTokens(q), q).toEqual(['wheat']);
    for (const q of ['Belt and Road', 'Пояс и путь']) expect(queryTokens(q), q).toEqual(['beltandroad']);
    expect(queryTokens('Шыңжаң')).toEqual(queryTokens('Xinjiang'));
    expect(queryTokens('investments')).toEqual(queryTokens('инвестиции'));
  });
  it('indexes the concept besides the word itself', () => {
    expect(searchTokens('поставки пшеницы')).toEqual(
      expect.arrayContaining(['wheat', 'pshenits', 'postavk']),
    );
  });
  it('keeps short stems to whole words', () => {
    expect(queryTokens('газета')).not.toContain('gas');
    expect(queryTokens('coalition')).not.toContain('coal');
    expect(queryTokens('газа')).toEqual(['gas']);
  });
});

describe('event facets', () => {
  const e = eventOn(7, '2026-05-14', {
    kind: 'agreement_signing',
    participants: [{ name: 'Murat Nurtleu', role: null, country: 'KZ' }],
    mentioned: [{ name: 'Wang Yi', role: null, country: 'CN' }],
    agreements: [{ docType: 'roadmap', status: 'signed', title: 'Roadmap on transit' }],
  });

  it('indexes kind, people (participants and mentioned), documents, languages and words', () => {
    const f = eventFacets(e);
    for (const x of [
      'kind#agreement_signing',
      'agreement#yes',
      'person#wang-i',
      'doc#roadmap',
      'docstatus#signed',
      'q#transit',
    ])
      expect(f).toContain(x);
    expect(f).toContain(`lang#${e.sources[0]?.lang}`);
    expect(new Set(f).size).toBe(f.length);
  });

  it('turns a query into required facets and checks an event against all of them', () => {
    const req = requiredFacets({ participant: 'Ван И', docType: 'roadmap', q: 'the transit' });
    expect(req).toEqual(['q#transit', 'person#wang-i', 'doc#roadmap']);
    expect(hasFacets(e, req)).toBe(true);
    expect(hasFacets(e, [...req, 'kind#visit'])).toBe(false);
    expect(requiredFacets({ q: 'the of' })).toEqual([]);
    expect(requiredFacets({ participant: '…' })).toEqual(['person#-']);
  });

  it('reads the most selective facet: a long search word, then a person, a document type, a kind', () => {
    expect(chooseFacet(['kind#visit', 'person#wang-i', 'agreement#yes'])).toBe('person#wang-i');
    expect(chooseFacet(['person#wang-i', 'q#railw'])).toBe('q#railw');
    expect(chooseFacet(['q#gas', 'q#pipelin'])).toBe('q#pipelin');
    expect(chooseFacet(['lang#ru', 'kind#forum', 'doc#notes'])).toBe('doc#notes');
  });
});

describe('index keys', () => {
  const dated = { id: 'ev_abc', eventDate: '2026-05-14', createdAt: '2026-05-14T10:00:00+05:00' };
  const undated = { ...dated, eventDate: null };

  it('sorts undated events below every date, in created order', () => {
    expect(eventSortKey(dated)).toBe('2026-05-14#ev_abc');
    expect(eventSortKey(undated)).toBe('!2026-05-14T05:00:00.000Z#ev_abc');
    expect(eventSortKey(undated) < '0000').toBe(true);
  });

  it('keeps an entry in its event partition with the date in its key, listed by facet through GSI1', () => {
    const k = keys.indexEntry('ev_abc', 'person#wang-i', '2026-05-14#ev_abc');
    expect(k).toEqual({
      PK: 'EVENT#ev_abc',
      SK: 'IX#person#wang-i|2026-05-14#ev_abc',
      GSI1PK: 'IX#person#wang-i',
      GSI1SK: '2026-05-14#ev_abc',
    });
    expect(isIndexStartKey(k, 'person#wang-i')).toBe(true);
    expect(isIndexStartKey(k, 'person#xi-jinping')).toBe(false);
    expect(isIndexStartKey({ ...k, GSI1SK: '2026-05-14#ev_other' }, 'person#wang-i')).toBe(false);
    expect(isIndexStartKey({ ...k, extra: 'x' }, 'person#wang-i')).toBe(false);
    const u = keys.indexEntry('ev_abc', 'kind#visit', eventSortKey(undated));
    expect(isIndexStartKey(u, 'kind#visit')).toBe(true);
  });

  it('hashes an overlong facet value so no key nears the DynamoDB limits', () => {
    const long = `person#${'a'.repeat(2000)}`;
    expect(facetPartition(long)).toMatch(/^IX#h:[0-9a-f]{64}$/);
    expect(keys.indexEntry('ev_a', long, '2026-01-01#ev_a').SK.length).toBeLessThan(120);
  });

  it('shards a year of a figure series by point and keeps one membership per event and value', () => {
    expect(keys.figureSeries('trade_turnover', 2024, 'USD|43800000000')).toEqual({
      PK: 'FIGURES#trade_turnover',
      SK: `Y#2024#${seriesShard('USD|43800000000')}`,
    });
    expect(keys.figureSeries('investment', null).SK).toMatch(/^Y#none#\d$/);
    const shards = new Set(Array.from({ length: 64 }, (_, i) => seriesShard(`USD|${i}`)));
    expect(shards.size).toBe(SERIES_SHARDS);
    expect(keys.figureMember('ev_a', 'trade_turnover', 2024, 'USD|1')).toEqual({
      PK: 'EVENT#ev_a',
      SK: 'FG#trade_turnover#2024#USD|1',
    });
  });

  it('contributes each distinct value once per event, with every source report', () => {
    const f = { metric: 'trade_turnover' as const, unit: 'USD', year: 2024, text: 't' };
    const e = eventOn(9, '2025-02-01', {
      figures: [
        { ...f, value: 43.8e9 },
        { ...f, value: 43.8e9 },
        { ...f, value: 41e9 },
      ],
    });
    const c = figureContributions(e);
    expect(c.map((x) => x.point)).toEqual([pointKey({ unit: 'USD', value: 43.8e9 }), 'USD|41000000000']);
    expect(c[0]?.sources).toHaveLength(e.sources.length);
    expect(JSON.parse(c[0]?.sources[0] ?? '{}')).toEqual({
      e: e.id,
      o: e.sources[0]?.outlet,
      u: e.sources[0]?.url,
      d: e.sources[0]?.published,
    });
  });
});
