import { describe, expect, it } from 'vitest';
import { EventClusterer, reportOf } from '../../shared/dedup/index.ts';
import { FEATURES, pairFeatures } from '../../shared/dedup/pair.ts';
import type { ExtractedEvent } from '../../shared/domain/index.ts';
import { extracted, person } from './fixtures.ts';

const at = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);
const kz = person('Serikbol Amanov', 'President', 'KZ');
const cn = person('Liang Haoran', 'Chairman', 'CN');
const sure = { kind: 'read', eventDate: null, location: null };
const report = (key: string, e: Partial<ExtractedEvent>, text: string) =>
  reportOf(extracted({ eventDate: '2026-06-11', evidence: sure, ...e }), {
    key,
    published: '2026-06-11',
    lang: 'en',
    text,
  });

describe('a "statement" naming both sides as taking part', () => {
  const talks = report(
    'tal',
    { kind: 'meeting', participants: [kz, cn], location: 'Xiamen' },
    'President Amanov held talks with Chairman Liang in Xiamen on Thursday on rail freight and grain.',
  );
  // a journalist's channel post relayed by an outlet: the extractor read a statement, but both principals
  // take part in what it tells, as in the talks
  const relayed = report(
    'rel',
    { kind: 'statement', participants: [cn, kz] },
    'A reporter travelling with the delegation wrote on his channel that Chairman Liang and President Amanov talked for three hours over dinner, calling each other old friends.',
  );
  // one side's voice: the other principal is only mentioned, a signed article of the same day
  const article = report(
    'art',
    { kind: 'statement', participants: [kz], mentioned: [cn] },
    'President Amanov wrote in a signed article for a Chinese daily that ties with China are at their best.',
  );

  it('does not count the statement kind against the talks', () => {
    const f = pairFeatures(relayed, talks);
    expect(f[at('statementVsPresence')]).toBe(0);
    expect(f[at('kindDiffer')]).toBe(0);
  });

  it('joins the talks of the same day', () => {
    const placed = new EventClusterer().decide(relayed, [{ id: 'T', reports: [talks] }]);
    expect(placed.target?.id).toBe('T');
  });

  it('still counts the kind when the two reports have no day in common', () => {
    const undated = reportOf(extracted({ kind: 'statement', participants: [cn, kz], evidence: sure }), {
      key: 'und',
      published: null,
      lang: 'en',
      text: 'Chairman Liang and President Amanov exchanged messages on the anniversary of ties.',
    });
    expect(pairFeatures(undated, talks)[at('statementVsPresence')]).toBe(1);
  });

  it('keeps a one-sided statement of the same day apart', () => {
    expect(pairFeatures(article, talks)[at('statementVsPresence')]).toBe(1);
    expect(new EventClusterer().decide(article, [{ id: 'T', reports: [talks] }]).target).toBeNull();
  });
});
