import type { SQSEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { emptySummary } from '../../shared/pipeline/types.ts';
import { lambdaContext } from './context.ts';

/** How many times the container built its adapters. */
const built = vi.hoisted(() => ({ store: 0, sources: 0 }));

vi.mock('../../shared/aws.ts', () => ({
  productionStore: () => {
    built.store++;
    return {};
  },
  productionSources: () => {
    built.sources++;
    return [];
  },
  productionMailer: () => undefined,
  productionSettings: () => ({
    apiBaseUrl: 'http://api.test',
    operatorEmail: null,
    failureAlertThreshold: 3,
    alertWindowDays: 30,
  }),
}));
vi.mock('../../shared/aws-http.ts', () => ({ productionHttp: () => ({}) }));
vi.mock('../../shared/pipeline/run-all.ts', () => ({
  runAll: async (_deps: unknown, sourceId: string) => {
    if (sourceId === 'crashes') throw new Error('store refused the run');
    return [{ ...emptySummary(sourceId), newEvents: 1 }];
  },
  runBackfillSource: async (_deps: unknown, sourceId: string) => emptySummary(sourceId),
}));

beforeAll(() => {
  process.env.LOG_LEVEL = 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
});

/** An SQS event with one record per body. */
const sqs = (bodies: string[]): SQSEvent =>
  ({ Records: bodies.map((body, i) => ({ messageId: `m${i}`, body })) }) as unknown as SQSEvent;

describe('ingest Lambda (Powertools batch processing)', () => {
  it('fails only the records that failed, and builds its deps once per container, not per record', async () => {
    const { handler } = await import('../../functions/ingest.ts');
    const first = await handler(
      sqs([
        JSON.stringify({ sourceId: 'mfa-en' }),
        'not json',
        JSON.stringify({ sourceId: 'crashes' }),
        JSON.stringify({ sourceId: 'akorda', backfillUntil: '2025-01-01' }),
      ]),
      lambdaContext('ingest'),
    );
    expect(first.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['m1', 'm2']);
    const second = await handler(
      sqs([JSON.stringify({ sourceId: 'mfa-ru' }), JSON.stringify({ sourceId: 'timesca' })]),
      lambdaContext('ingest'),
    );
    expect(second.batchItemFailures).toEqual([]);
    expect(built).toEqual({ store: 1, sources: 1 });
  });

  it('answers a batch where every record failed item by item (no throw), for SQS to retry exactly those', async () => {
    const { handler } = await import('../../functions/ingest.ts');
    const res = await handler(sqs(['{', JSON.stringify({ sourceId: 'crashes' })]), lambdaContext('ingest'));
    expect(res.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['m0', 'm1']);
  });
});
