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

describe('a kind read as "other" (a ceremony) against the talks of the same day', () => {
  const talks = report(
    'tlk',
    {
      kind: 'meeting',
      participants: [kz, cn],
      evidence: { kind: 'held talks', eventDate: null, location: null },
    },
    'President Amanov and Chairman Liang held talks in the presidential palace.',
  );

  it('counts as another kind when the ceremony was read from a sentence', () => {
    const award = report(
      'awd',
      {
        kind: 'other',
        participants: [kz, cn],
        evidence: { kind: 'presented', eventDate: null, location: null },
      },
      'President Amanov presented Chairman Liang with the highest state order.',
    );
    expect(pairFeatures(award, talks)[at('kindDiffer')]).toBe(1);
  });

  it('says nothing when "other" is only the default kind', () => {
    const unsure = report(
      'dft',
      { kind: 'other', participants: [kz, cn], evidence: { kind: null, eventDate: null, location: null } },
      'President Amanov and Chairman Liang in the capital.',
    );
    expect(pairFeatures(unsure, talks)[at('kindDiffer')]).toBe(0);
  });
});

describe('other people named beside the principals', () => {
  const aide = person('Marat Ospanov', 'Ambassador', 'KZ');
  const mayor = person('Daniyar Serikov', 'Mayor', 'KZ');

  it('are no other counterpart in a visit, where each report names a few of many', () => {
    const a = report('va', { kind: 'visit', participants: [cn, kz, aide] }, 'Chairman Liang arrived.');
    const b = report('vb', { kind: 'visit', participants: [cn, kz, mayor] }, 'Chairman Liang landed.');
    expect(pairFeatures(a, b)[at('counterpartConflict')]).toBe(0);
  });

  it('still are in a one-to-one meeting', () => {
    const a = report('ma', { kind: 'meeting', participants: [cn, aide] }, 'Chairman Liang met Ospanov.');
    const b = report('mb', { kind: 'meeting', participants: [cn, mayor] }, 'Chairman Liang met Serikov.');
    expect(pairFeatures(a, b)[at('counterpartConflict')]).toBe(1);
  });
});
