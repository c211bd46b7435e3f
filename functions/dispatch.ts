import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import * as z from 'zod';
import { productionConfig, productionSources, productionSqs } from '../shared/aws.ts';
import { required } from '../shared/config.ts';
import { logger } from '../shared/log.ts';
import { IngestMessage } from '../shared/pipeline/messages.ts';

/** The scheduler's input: optionally a subset of sources, or a backfill date. */
const DispatchEvent = z
  .object({ sourceIds: z.array(z.string()).optional(), backfillUntil: z.string().optional() })
  .passthrough();

/** EMF metrics of the dispatcher: how many sources were queued. */
const metrics = new Metrics({ namespace: 'KzChinaMonitor', serviceName: 'dispatch' });

/** Sends one SQS message per enabled source (10 per batch call), so each source is its own ingest invocation. */
async function dispatch(event: unknown): Promise<{ dispatched: number }> {
  const input = DispatchEvent.parse(event ?? {});
  const sources = productionSources().filter(
    (s) => s.enabled && (!input.sourceIds || input.sourceIds.includes(s.id)),
  );
  const messages = sources.map((s) =>
    IngestMessage.parse({ sourceId: s.id, backfillUntil: input.backfillUntil }),
  );
  for (let i = 0; i < messages.length; i += 10) {
    const batch = messages.slice(i, i + 10);
    const res = await productionSqs().send(
      new SendMessageBatchCommand({
        QueueUrl: required(productionConfig().queueUrl, 'QUEUE_URL'),
        Entries: batch.map((m, k) => ({ Id: String(i + k), MessageBody: JSON.stringify(m) })),
      }),
    );
    if (res.Failed && res.Failed.length > 0)
      throw new Error(`SQS refused ${res.Failed.length} dispatch messages`);
  }
  logger.info('dispatched sources', { count: messages.length, sources: sources.map((s) => s.id) });
  metrics.addMetric('SourcesDispatched', MetricUnit.Count, messages.length);
  return { dispatched: messages.length };
}

/** The scheduled handler, with the Lambda context on every log line and metrics published however it ends. */
export const handler = middy(dispatch)
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics, { captureColdStartMetric: true }));
