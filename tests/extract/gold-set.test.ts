import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateDir } from '../../shared/eval/main.ts';
import { FIELDS } from '../../shared/eval/score.ts';

/** The project's own gold set: ≥ 40 articles, ≥ 10 Russian, ≥ 10 hard negatives (tests/fixtures/gold/README.md). */
const GOLD = fileURLToPath(new URL('../fixtures/gold/', import.meta.url));

describe('extraction quality on the project gold set', () => {
  const card = evaluateDir(GOLD);

  it('judges relevance with F1 ≥ 0.95, hard negatives included', () => {
    expect(card.fields.find((f) => f.field === 'relevance')?.f1).toBeGreaterThanOrEqual(0.95);
  });

  it.each(FIELDS.filter((f) => f !== 'relevance'))('extracts %s with F1 ≥ 0.9', (field) => {
    const score = card.fields.find((f) => f.field === field);
    expect(score, `${field} is scored`).toBeDefined();
    expect(score?.f1).toBeGreaterThanOrEqual(0.9);
  });
});
