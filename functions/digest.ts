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

/** Sends the daily digest to `daily` subscribers (scheduled each morning, Asia/Almaty). */
export const handler = async (event: unknown) => {
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
  return summary;
};
