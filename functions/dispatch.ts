import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import * as z from 'zod';
import { productionConfig, productionSources, productionSqs } from '../shared/aws.ts';
import { required } from '../shared/config.ts';
import { logger } from '../shared/log.ts';
import { IngestMessage } from '../shared/pipeline/messages.ts';

/** The scheduler's input: optionally a subset of sources, or a backfill date. */
const DispatchEvent = z
  .object({ sourceIds: z.array(z.string()).optional(), backfillUntil: z.string().optional() })
  .passthrough();

/** Sends one SQS message per enabled source (10 per batch call), so each source is its own ingest invocation. */
export const handler = async (event: unknown): Promise<{ dispatched: number }> => {
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
  return { dispatched: messages.length };
};
