import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { productionMailer, productionSettings, productionSources, productionStore } from '../shared/aws.ts';
import { productionHttp } from '../shared/aws-http.ts';
import { describeError } from '../shared/errors.ts';
import { logger } from '../shared/log.ts';
import { IngestMessage } from '../shared/pipeline/messages.ts';
import { runAll, runBackfillSource } from '../shared/pipeline/run-all.ts';

/** EMF metrics: the stack alarms on SourceFailures. */
const metrics = new Metrics({ namespace: 'KzChinaMonitor', serviceName: 'ingest' });

/**
 * SQS consumer: one message = one source's ingestion run. A source-level failure is recorded in the store
 * and counted as a metric (the source is "down", retrying now would not help); a crash of the run itself is
 * reported as a batch item failure so SQS retries it and, after maxReceiveCount, moves it to the DLQ.
 */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const msg = IngestMessage.parse(JSON.parse(record.body));
      const deps = {
        store: productionStore(),
        http: productionHttp(),
        sources: productionSources(),
        mailer: process.env.SENDER_EMAIL ? productionMailer() : undefined,
        logger,
        ...productionSettings(),
      };
      // A message with backfillUntil walks the source's archive; otherwise a normal run of its feed.
      const summary = msg.backfillUntil
        ? await runBackfillSource(deps, msg.sourceId, msg.backfillUntil)
        : (await runAll(deps, msg.sourceId))[0];
      metrics.addMetric('SourceFailures', MetricUnit.Count, summary?.ok === false ? 1 : 0);
      metrics.addMetric('ItemFailures', MetricUnit.Count, summary?.failures.length ?? 0);
      metrics.addMetric('NewEvents', MetricUnit.Count, summary?.newEvents ?? 0);
    } catch (err) {
      logger.error('ingest message failed', { messageId: record.messageId, error: describeError(err) });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  metrics.publishStoredMetrics();
  return { batchItemFailures: failures };
};
