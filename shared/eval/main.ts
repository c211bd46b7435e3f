/**
 * Scores the extractor on the seeds and, when present, the larger gold set:
 * `npx tsx shared/eval/main.ts [--gold dir]... [--verbose]`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractResult } from '../domain/index.ts';
import { describeError } from '../errors.ts';
import { extractArticle } from '../extract/index.ts';
import { formatScoreTable, loadGold, loadInputs, type Scorecard, scoreExtraction } from './score.ts';

/** Runs the extractor over one gold directory (gold.jsonl + articles.jsonl or seed files) and scores it. */
export function evaluateDir(dir: string): Scorecard {
  const goldPath = join(dir, 'gold.jsonl');
  const gold = loadGold(goldPath);
  const inputs = loadInputs(goldPath, gold);
  const predictions = new Map<string, ExtractResult>();
  for (const g of gold) {
    const input = inputs.get(g.key);
    if (!input) continue;
    try {
      predictions.set(g.key, extractArticle(input));
    } catch (err) {
      process.stderr.write(`${g.key}: ${describeError(err)}\n`);
    }
  }
  return scoreExtraction(gold, predictions);
}

function main(argv: string[]): void {
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++)
    if (argv[i] === '--gold' && argv[i + 1]) dirs.push(argv[++i] as string);
  if (dirs.length === 0) {
    dirs.push('tests/fixtures/seeds');
    if (existsSync('tests/fixtures/gold/gold.jsonl')) dirs.push('tests/fixtures/gold');
  }
  const verbose = argv.includes('--verbose');
  for (const dir of dirs) {
    const card = evaluateDir(dir);
    process.stdout.write(`\n== ${dir}\n${formatScoreTable(card)}\n`);
    if (verbose)
      for (const e of card.errors)
        process.stdout.write(
          `${e.id} ${e.field}: expected ${JSON.stringify(e.expected)} got ${JSON.stringify(e.got)}\n`,
        );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
