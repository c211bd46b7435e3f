import * as z from 'zod';

/** The queue message that starts one source's ingestion run (sent by the dispatcher, or by hand for a backfill). */
export const IngestMessage = z.object({
  sourceId: z.string().regex(/^[a-z0-9-]+$/),
  /** When set, walk the source's archive back to this date first. */
  backfillUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type IngestMessage = z.infer<typeof IngestMessage>;
