import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { productionMailer, productionSettings, productionSources, productionStore } from '../shared/aws.ts';
import { productionHttp } from '../shared/aws-http.ts';
import { describeError } from '../shared/errors.ts';
import { logger } from '../shared/log.ts';
import { IngestMessage } from '../shared/pipeline/messages.ts';
import { runAll, runBackfillSource } from '../shared/pipeline/run-all.ts';
import type { PipelineDeps } from '../shared/pipeline/types.ts';

/** EMF metrics: the stack alarms on SourceFailures. */
const metrics = new Metrics({ namespace: 'KzChinaMonitor', serviceName: 'ingest' });

/** Powertools' SQS batch processor: a record whose handler throws becomes a batch item failure. */
const processor = new BatchProcessor(EventType.SQS);

/** The pipeline's deps, built once per container (cold start) and reused by every record after. */
let deps: PipelineDeps | undefined;

/** The deps of this container (env is read on first use, so a missing variable fails the record clearly). */
function pipelineDeps(): PipelineDeps {
  deps ??= {
    store: productionStore(),
    http: productionHttp(),
    sources: productionSources(),
    mailer: productionMailer(),
    logger,
    ...productionSettings(),
  };
  return deps;
}

/**
 * One message = one source's run. A source-level failure is recorded in the store and counted as a metric (the
 * source is "down", retrying now would not help); anything thrown here (bad message, unknown source, a crash of
 * the run) fails only this record, so SQS retries it and, after maxReceiveCount, moves it to the DLQ.
 */
async function recordHandler(record: SQSRecord): Promise<void> {
  try {
    await runRecord(record);
  } catch (err) {
    logger.error('ingest message failed', { messageId: record.messageId, error: describeError(err) });
    // Counted, so a batch that failed whole still publishes a metric (and the DLQ's inflow can be explained).
    metrics.addMetric('RecordFailures', MetricUnit.Count, 1);
    throw err;
  }
}

/** Runs the source a record names. */
async function runRecord(record: SQSRecord): Promise<void> {
  const msg = IngestMessage.parse(JSON.parse(record.body));
  const d = pipelineDeps();
  // A message with backfillUntil walks the source's archive; otherwise a normal run of its feed.
  const summary = msg.backfillUntil
    ? await runBackfillSource(d, msg.sourceId, msg.backfillUntil)
    : (await runAll(d, msg.sourceId))[0];
  metrics.addMetric('SourceFailures', MetricUnit.Count, summary?.ok === false ? 1 : 0);
  metrics.addMetric('ItemFailures', MetricUnit.Count, summary?.failures.length ?? 0);
  metrics.addMetric('NewEvents', MetricUnit.Count, summary?.newEvents ?? 0);
}

/** The batch itself: a batch where every record failed is still answered item by item (SQS retries those). */
function processBatch(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  return processPartialResponse(event, recordHandler, processor, { context, throwOnFullBatchFailure: false });
}

/**
 * SQS consumer with partial batch responses (the event source mapping reports batch item failures). Powertools'
 * middlewares put the Lambda context on every log line and publish the metrics after the batch, thrown or not.
 */
export const handler = middy(processBatch)
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics, { captureColdStartMetric: true }));
