import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../shared/domain/index.ts';
import { evaluateDir } from '../../shared/eval/main.ts';
import { formatScoreTable, type GoldRecord, loadGold, scoreExtraction } from '../../shared/eval/score.ts';

const gold = (id: string, g: Partial<GoldRecord['gold']> & { relevant: boolean }): GoldRecord =>
  ({ id, key: id, gold: g }) as GoldRecord;

const event = (over: Partial<NonNullable<ExtractResult['event']>>): ExtractResult => ({
  relevant: true,
  event: {
    kind: 'meeting',
    eventDate: '2025-04-26',
    location: 'Almaty',
    participants: [],
    mentioned: [],
    agreements: [],
    figures: [],
    frameworks: [],
    topics: [],
    ...over,
  },
});

function field(card: ReturnType<typeof scoreExtraction>, name: string) {
  const f = card.fields.find((x) => x.field === name);
  if (!f) throw new Error(`no field ${name}`);
  return f;
}

describe('scoreExtraction', () => {
  it('scores relevance as a binary classification over all records', () => {
    const card = scoreExtraction(
      [gold('a', { relevant: true }), gold('b', { relevant: false }), gold('c', { relevant: false })],
      new Map<string, ExtractResult>([
        ['a', event({})],
        ['b', event({})],
        ['c', { relevant: false, event: null }],
      ]),
    );
    expect(field(card, 'relevance')).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
  });

  it('accepts an alternative event date and compares names case- and hyphen-insensitively', () => {
    const card = scoreExtraction(
      [
        gold('a', {
          relevant: true,
          eventDate: '2025-04-26',
          eventDateAlt: ['2025-04-25'],
          participants: ['Kassym-Jomart Tokayev'],
        }),
      ],
      new Map([
        [
          'a',
          event({
            eventDate: '2025-04-25',
            participants: [{ name: 'kassym jomart tokayev', role: null, country: 'KZ' }],
          }),
        ],
      ]),
    );
    expect(field(card, 'eventDate').f1).toBe(1);
    expect(field(card, 'participants').f1).toBe(1);
  });

  it('matches figures within 1% and on year, treating a project count equal to a gold count as optional', () => {
    const card = scoreExtraction(
      [
        gold('a', {
          relevant: true,
          figures: [
            { metric: 'project_portfolio', value: 66.4e9, unit: 'USD', count: 224, year: null },
            { metric: 'trade_turnover', value: 43.8e9, unit: 'USD', year: 2024 },
          ],
        }),
      ],
      new Map([
        [
          'a',
          event({
            figures: [
              { metric: 'project_portfolio', value: 66.5e9, unit: 'USD', year: null, text: '' },
              { metric: 'project_count', value: 224, unit: 'projects', year: null, text: '' },
              { metric: 'trade_turnover', value: 43.8e9, unit: 'USD', year: 2025, text: '' },
            ],
          }),
        ],
      ]),
    );
    expect(field(card, 'figures')).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(card.errors.find((e) => e.field === 'figures')).toBeDefined();
  });

  it('counts every gold item as missed when a relevant article is predicted irrelevant', () => {
    const card = scoreExtraction(
      [
        gold('a', {
          relevant: true,
          kind: 'visit',
          agreements: [{ docType: 'memorandum', status: 'signed' }],
        }),
      ],
      new Map<string, ExtractResult>([['a', { relevant: false, event: null }]]),
    );
    expect(field(card, 'kind')).toMatchObject({ tp: 0, fn: 1 });
    expect(field(card, 'agreements')).toMatchObject({ tp: 0, fn: 1 });
    expect(formatScoreTable(card)).toMatch(/^field\s+tp\s+fp\s+fn/);
  });
});

describe('evaluation on the seeds', () => {
  it('loads the seeds gold file and scores the extractor perfectly on it', () => {
    const dir = join(import.meta.dirname, '../fixtures/seeds');
    expect(loadGold(join(dir, 'gold.jsonl'))).toHaveLength(5);
    const card = evaluateDir(dir);
    for (const f of card.fields) expect(f.f1, f.field).toBe(1);
  });
});
