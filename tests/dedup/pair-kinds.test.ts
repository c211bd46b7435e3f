import { describe, expect, it } from 'vitest';
import { reportOf } from '../../shared/dedup/index.ts';
import { FEATURES, pairFeatures } from '../../shared/dedup/pair.ts';
import type { ExtractedEvent } from '../../shared/domain/index.ts';
import { extracted, person } from './fixtures.ts';

const at = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);
const kz = person('Serikbol Amanov', 'President', 'KZ');
const cn = person('Liang Haoran', 'Chairman', 'CN');
const report = (key: string, e: Partial<ExtractedEvent>, text: string, lang = 'en') =>
  reportOf(extracted({ eventDate: '2021-05-20', ...e }), { key, published: '2021-05-20', lang, text });

describe('kind families', () => {
  const article = report(
    'art',
    { kind: 'statement', participants: [cn], evidence: { kind: 'wrote', eventDate: null, location: null } },
    'Chairman Liang published a signed article in a Kazakh newspaper on the eve of his state visit.',
  );
  const visit = report(
    'vis',
    { kind: 'visit', participants: [cn, kz], evidence: { kind: 'arrived', eventDate: null, location: null } },
    'Chairman Liang arrived in Astana on a state visit at the invitation of President Amanov.',
  );

  it('counts a signed article against the visit of the same days when both kinds were read', () => {
    expect(pairFeatures(article, visit)[at('statementVsPresence')]).toBe(1);
  });

  it('says nothing when a kind is only a default', () => {
    const unsure = report(
      'uns',
      { kind: 'statement', participants: [cn], evidence: { kind: null, eventDate: null, location: null } },
      'Chairman Liang and the newspaper.',
    );
    expect(pairFeatures(unsure, visit)[at('statementVsPresence')]).toBe(0);
  });
});

describe('a report naming one principal as taking part', () => {
  const both = report(
    'both',
    { kind: 'meeting', participants: [kz, cn] },
    'President Amanov held talks with Chairman Liang in Astana.',
  );
  const one = report(
    'one',
    { kind: 'meeting', participants: [kz], mentioned: [cn] },
    'President Amanov spoke of the friendship with Chairman Liang at the talks.',
  );
  const alone = report(
    'alone',
    { kind: 'meeting', participants: [kz] },
    'President Amanov spoke at a forum.',
  );

  it('agrees on both sides when the other side is named there', () => {
    expect(pairFeatures(one, both)[at('sidesNamed')]).toBe(1);
    expect(pairFeatures(both, one)[at('sidesNamed')]).toBe(1);
  });

  it('not when the other side is named nowhere', () => {
    expect(pairFeatures(alone, both)[at('sidesNamed')]).toBe(0);
  });

  it('marks pairs of two languages, whose texts cannot be compared', () => {
    const ru = report('ru', { kind: 'meeting', participants: [kz, cn] }, 'Переговоры в Астане.', 'ru');
    expect(pairFeatures(ru, both)[at('otherLanguage')]).toBe(1);
    expect(pairFeatures(one, both)[at('otherLanguage')]).toBe(0);
  });
});
