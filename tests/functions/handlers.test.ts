import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IngestMessage } from '../../shared/pipeline/messages.ts';
import { startTestStore } from '../helpers/store.ts';
import { lambdaContext } from './context.ts';

let db: Awaited<ReturnType<typeof startTestStore>>;

beforeAll(async () => {
  db = await startTestStore();
  // What the stack sets, pointed at the local store (the SDK honours service-specific endpoint variables).
  Object.assign(process.env, {
    TABLE_NAME: db.tableName,
    AWS_ENDPOINT_URL_DYNAMODB: db.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/sources',
    LOG_LEVEL: 'ERROR',
  });
});
afterAll(async () => db?.close());

/** An API Gateway HTTP API event for a GET. */
function get(path: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: {},
    isBase64Encoded: false,
    requestContext: { http: { method: 'GET', path }, requestId: 'r1' },
  } as unknown as APIGatewayProxyEventV2;
}

describe('Lambda handlers', () => {
  it('api: answers API Gateway events through the shared API, with the table from TABLE_NAME', async () => {
    const { handler } = await import('../../functions/api.ts');
    const health = await handler(get('/health'));
    expect(health.statusCode).toBe(200);
    expect(JSON.parse(String(health.body))).toMatchObject({ status: 'ok', store: 'ok' });
    const missing = await handler(get('/events/ev_nothere'));
    expect(missing.statusCode).toBe(404);
  });

  it('dispatch: sends one queue message per enabled source, in batches of ten', async () => {
    const sqs = mockClient(SQSClient);
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    const { handler } = await import('../../functions/dispatch.ts');
    const out = await handler({}, lambdaContext('dispatch'));
    const calls = sqs.commandCalls(SendMessageBatchCommand);
    const bodies = calls
      .flatMap((c) => c.args[0].input.Entries ?? [])
      .map((e) => IngestMessage.parse(JSON.parse(e.MessageBody ?? '')));
    expect(out.dispatched).toBe(bodies.length);
    expect(bodies.length).toBeGreaterThanOrEqual(10);
    expect(calls.every((c) => (c.args[0].input.Entries?.length ?? 0) <= 10)).toBe(true);
    expect(new Set(bodies.map((b) => b.sourceId)).size).toBe(bodies.length);
    sqs.resetHistory();
    const one = await handler(
      { sourceIds: ['astanatimes'], backfillUntil: '2025-01-01' },
      lambdaContext('dispatch'),
    );
    expect(one.dispatched).toBe(1);
    expect(
      JSON.parse(sqs.commandCalls(SendMessageBatchCommand)[0]?.args[0].input.Entries?.[0]?.MessageBody ?? ''),
    ).toEqual({ sourceId: 'astanatimes', backfillUntil: '2025-01-01' });
    sqs.restore();
  });

  it('ingest: reports a malformed message and an unknown source as batch item failures, for SQS to retry', async () => {
    const { handler } = await import('../../functions/ingest.ts');
    const event = {
      Records: [
        { messageId: 'm1', body: 'not json' },
        { messageId: 'm2', body: JSON.stringify({ sourceId: 'no-such-source' }) },
      ],
    } as unknown as SQSEvent;
    const logged: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
    let res: Awaited<ReturnType<typeof handler>>;
    try {
      res = await handler(event, lambdaContext('ingest', 'req-ingest-7'));
    } finally {
      spy.mockRestore();
    }
    expect(res.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['m1', 'm2']);
    // injectLambdaContext: each log line of the invocation carries the Lambda request id.
    const failures = logged
      .join('')
      .split('\n')
      .filter((l) => l.includes('ingest message failed'));
    expect(failures).toHaveLength(2);
    expect(failures.every((l) => l.includes('req-ingest-7'))).toBe(true);
  });

  it('dispatch: Powertools middlewares publish its metrics (EMF, with the cold start) after each invocation', async () => {
    const sqs = mockClient(SQSClient);
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    const { handler } = await import('../../functions/dispatch.ts');
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await handler({ sourceIds: ['astanatimes'] }, lambdaContext('dispatch', 'req-metrics'));
    } finally {
      spy.mockRestore();
      sqs.restore();
    }
    const emf = written
      .flatMap((w) => w.split('\n'))
      .filter((l) => l.includes('"_aws"'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const dispatched = emf.find((m) => 'SourcesDispatched' in m);
    expect(dispatched?.SourcesDispatched).toBe(1);
    expect(dispatched?.service).toBe('dispatch');
  });
});
