import { describe, expect, it } from 'vitest';
import { foldOf } from '../../shared/eval/real.ts';
import { clusterErrorLines, fieldErrorLines } from '../../shared/eval/real-errors.ts';
import type { RealRow } from '../../shared/eval/real-score.ts';

const rows: RealRow[] = [
  {
    id: 'r1',
    lang: 'ru',
    text: 'never printed',
    gold: {
      relevant: true,
      kind: 'meeting',
      eventDate: '2025-04-02',
      eventDateAlt: ['2025-04-03'],
      location: 'Astana',
      participants: ['Токаев'],
      participantsEn: ['Kassym-Jomart Tokayev'],
      cluster: 'e1',
    },
  },
  {
    id: 'r2',
    text: 'never printed',
    gold: { relevant: true, kind: 'visit', cluster: 'e1', participants: [] },
  },
  {
    id: 'r3',
    text: 'never printed',
    gold: { relevant: true, kind: 'forum', cluster: 'e2', participants: [] },
  },
  { id: 'r4', text: 'never printed', gold: { relevant: false } },
];

describe('eval --errors', () => {
  it('lists each differing field with what gold says and what was given, and flags a dateline trap', () => {
    const extracted = new Map([
      [
        'r1',
        {
          relevant: true,
          event: {
            kind: 'meeting',
            eventDate: '2025-04-03',
            location: 'Nur-Sultan',
            participants: [{ name: 'Tokayev' }, { name: 'Wang Yi' }],
          },
        },
      ],
      ['r2', { relevant: true, event: { kind: 'visit' } }],
      ['r4', { relevant: true, event: { kind: 'meeting' } }],
    ]);
    const lines = fieldErrorLines(rows, extracted);
    const fold = foldOf(rows[0] as RealRow);
    expect(lines).toContain(
      `r1 [ru, fold ${fold}] eventDate: expected "2025-04-02" got "2025-04-03" (a dateline trap)`,
    );
    expect(
      lines.some(
        (l) =>
          l.startsWith('r1 ') &&
          l.includes('participants: expected ["Kassym-Jomart Tokayev"] got ["Tokayev","Wang Yi"]'),
      ),
    ).toBe(true);
    // Nur-Sultan is Astana for the scorer: no location error
    expect(lines.some((l) => l.startsWith('r1 ') && l.includes('location'))).toBe(false);
    expect(lines.some((l) => l.startsWith('r2 '))).toBe(false);
    expect(lines.some((l) => l.startsWith('r3 ') && l.includes('relevant: expected true got false'))).toBe(
      true,
    );
    expect(lines.some((l) => l.startsWith('r4 ') && l.includes('relevant: expected false got true'))).toBe(
      true,
    );
    expect(lines.join('\n')).not.toContain('never printed');
  });

  it('names the gold events split over several ids and the ids that join several gold events', () => {
    const clustered = new Map([
      ['r1', { eventId: 'ev_a' }],
      ['r2', { eventId: 'ev_b' }],
      ['r3', { eventId: 'ev_b' }],
      ['r4', { eventId: 'ev_b' }],
    ]);
    expect(clusterErrorLines(rows, clustered)).toEqual([
      'split  e1: r1 | r2',
      'joined ev_b: e1 (r2) + e2 (r3)',
    ]);
    const right = new Map([
      ['r1', { eventId: 'ev_a' }],
      ['r2', { eventId: 'ev_a' }],
      ['r3', { eventId: 'ev_c' }],
    ]);
    expect(clusterErrorLines(rows, right)).toEqual([]);
  });
});
