import { describe, expect, it } from 'vitest';
import { contractEvent } from '../../shared/cli/contract.ts';
import type { ExtractedEvent } from '../../shared/domain/index.ts';

const withEvidence: ExtractedEvent = {
  kind: 'meeting',
  eventDate: '2025-06-12',
  location: 'Astana',
  participants: [{ name: 'Yerlan Karin', role: 'State Counsellor', country: 'KZ', evidence: 'Karin met …' }],
  mentioned: [{ name: 'Xi Jinping', role: 'President', country: 'CN', evidence: 'greetings from Xi …' }],
  agreements: [
    { docType: 'memorandum', status: 'signed', title: 'Memorandum on water', evidence: 'They signed …' },
  ],
  figures: [
    {
      metric: 'investment',
      value: 1e9,
      unit: 'USD',
      year: 2025,
      text: '$1 billion',
      evidence: 'The $1 billion …',
    },
  ],
  frameworks: [],
  topics: ['water'],
  evidence: { kind: 'Karin met …', eventDate: null, location: 'in Astana' },
  agreementCount: 4,
};

describe('the extract output of the CLI contract', () => {
  it('carries exactly the fields CONTRACT.md lists: no evidence, no document count', () => {
    const out = contractEvent(withEvidence) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(
      [
        'agreements',
        'eventDate',
        'figures',
        'frameworks',
        'kind',
        'location',
        'mentioned',
        'participants',
        'topics',
      ].sort(),
    );
    expect(JSON.stringify(out)).not.toContain('evidence');
    expect(out.participants).toEqual([{ name: 'Yerlan Karin', role: 'State Counsellor', country: 'KZ' }]);
    expect(out.figures).toEqual([
      { metric: 'investment', value: 1e9, unit: 'USD', year: 2025, text: '$1 billion' },
    ]);
    expect(contractEvent(null)).toBeNull();
  });
});
