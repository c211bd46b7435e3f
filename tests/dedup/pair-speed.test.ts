import { describe, expect, it } from 'vitest';
import { documentOf, sameAgreement, sameDocument } from '../../shared/dedup/agreements.ts';
import { namesMatch, reportOf } from '../../shared/dedup/index.ts';
import { nameTokens, tokenListsMatch } from '../../shared/dedup/names.ts';
import { people } from '../../shared/dedup/pair-parts.ts';
import { prepared } from '../../shared/dedup/prepared.ts';
import type { Agreement } from '../../shared/domain/index.ts';
import { extracted, person } from './fixtures.ts';

/** The shortcuts the clusterer's inner loop takes must answer as the plain walks do. */

const doc = (docType: Agreement['docType'], title: string): Agreement => ({
  docType,
  title,
  status: 'signed',
});

describe('documents read once (documentOf / sameDocument)', () => {
  const titles: Agreement[] = [
    doc('memorandum', 'Memorandum on cooperation in veterinary inspection for 2027-2029'),
    doc('memorandum', 'memorandum of cooperation on veterinary inspection for 2027–2029'),
    doc('memorandum', 'Memorandum on cooperation in veterinary inspection for 2024-2026'),
    doc('agreement', 'Agreement on cooperation in veterinary inspection'),
    doc('memorandum', 'Меморандум о сотрудничестве в области ветеринарного надзора'),
    doc('memorandum', 'Memorandum on water allocation on the Ili river'),
  ];

  it('gives the answer of sameAgreement for every pair', () => {
    for (const a of titles)
      for (const b of titles) expect(sameDocument(documentOf(a), documentOf(b))).toBe(sameAgreement(a, b));
  });

  it('tells rewordings apart from other documents', () => {
    const [a, b, c] = titles.map(documentOf);
    expect(sameDocument(a as never, b as never)).toBe(true);
    expect(sameDocument(a as never, c as never)).toBe(false);
  });
});

describe('name tokens matched without allocation', () => {
  it('matches a name against itself at once, and initials-only names never', () => {
    const t = nameTokens('Daulet Sarsenbayev');
    expect(tokenListsMatch(t, t)).toBe(true);
    const initials = nameTokens('D. S.');
    expect(tokenListsMatch(initials, initials)).toBe(false);
    expect(tokenListsMatch([], [])).toBe(false);
  });

  it('keeps each token of the longer name for one token of the shorter', () => {
    expect(namesMatch('Wang Wang', 'Wang Yuchen')).toBe(false);
    expect(namesMatch('Sarsenbayev', 'Daulet Sarsenbaev')).toBe(true);
  });

  it('walks names of more tokens than a number has bits', () => {
    const long = Array.from({ length: 40 }, (_, i) => `tok${String.fromCharCode(97 + (i % 26))}${i}`);
    expect(tokenListsMatch([long[35] as string], long)).toBe(true);
    expect(tokenListsMatch(['other'], long)).toBe(false);
  });
});

describe('people matched with reused flags', () => {
  const crowd = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) =>
      person(`${prefix} Delegate${String.fromCharCode(97 + (i % 26))}${i}`),
    );
  const report = (key: string, participants: ReturnType<typeof person>[]) =>
    reportOf(extracted({ eventDate: '2027-03-02', participants }), {
      key,
      published: '2027-03-02',
      lang: 'en',
      text: 'Delegations met at the forum.',
    });

  it('counts matches in lists longer than the flags first held, then in short lists again', () => {
    const big = report('big', crowd('Aruzhan', 90));
    const half = report('half', crowd('Aruzhan', 45));
    expect(people(big, half, prepared(big), prepared(half)).matched).toBe(45);
    const a = report('a', [
      person('Daulet Sarsenbayev', 'Minister', 'KZ'),
      person('Gao Lin', 'Minister', 'CN'),
    ]);
    const b = report('b', [person('Gao Lin', 'Minister', 'CN')]);
    const p = people(a, b, prepared(a), prepared(b));
    expect(p.matched).toBe(1);
    expect(p.conflict).toBe(false);
  });
});
