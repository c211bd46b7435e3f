import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import * as z from 'zod';
import { productionMailer, productionSettings, productionStore } from '../shared/aws.ts';
import { ConfigError } from '../shared/errors.ts';
import { logger } from '../shared/log.ts';
import { previousAlmatyDay, runDailyDigest } from '../shared/pipeline/digest.ts';

/** The scheduler's input: a day to digest, by default yesterday in Almaty. */
const DigestEvent = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .passthrough();

/** EMF metrics of the digest: mails sent and failed (a failed one is retried by the next run). */
const metrics = new Metrics({ namespace: 'KzChinaMonitor', serviceName: 'digest' });

/** Sends the daily digest to `daily` subscribers (scheduled each morning, Asia/Almaty). */
async function sendDigest(event: unknown) {
  const input = DigestEvent.parse(event ?? {});
  const date = input.date ?? previousAlmatyDay(new Date());
  const mailer = productionMailer();
  if (!mailer) throw new ConfigError('missing environment variable SENDER_EMAIL');
  const summary = await runDailyDigest(
    {
      store: productionStore(),
      mailer,
      apiBaseUrl: productionSettings().apiBaseUrl,
      logger,
    },
    date,
  );
  logger.info('digest sent', { date, ...summary });
  metrics.addMetric('DigestsSent', MetricUnit.Count, summary.sent);
  metrics.addMetric('DigestsFailed', MetricUnit.Count, summary.failed);
  return summary;
}

/** The scheduled handler, with the Lambda context on every log line and metrics published however it ends. */
export const handler = middy(sendDigest)
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics, { captureColdStartMetric: true }));
