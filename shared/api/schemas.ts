import * as z from 'zod';
import { DocType, Event, EventKind, IsoDate, Metric, SourceState } from '../domain/index.ts';

/** Rejects unknown query parameters so typos ("lmit") are reported instead of silently ignored. */
function strictQuery<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown parameter "${iss.keys[0]}"` : undefined),
  });
}

const Limit = z.coerce.number().int('limit must be an integer').min(1).max(100).default(20);
const Cursor = z
  .string()
  .min(1)
  .max(2048)
  .regex(/^[A-Za-z0-9_-]+$/, 'invalid cursor');
const Bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const Word = z.string().trim().min(1).max(200);

/** `GET /events` query. */
export const EventsQuery = strictQuery({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  kind: EventKind.optional(),
  participant: Word.optional(),
  docType: DocType.optional(),
  hasAgreement: Bool.optional(),
  q: Word.optional(),
  lang: z.enum(['en', 'ru', 'kk', 'zh']).optional(),
  limit: Limit,
  cursor: Cursor.optional(),
}).refine((q) => !q.from || !q.to || q.from <= q.to, {
  message: '"from" must not be after "to"',
  path: ['from'],
});
export type EventsQuery = z.infer<typeof EventsQuery>;

/** `GET /agreements` query. */
export const AgreementsQuery = strictQuery({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  docType: DocType.optional(),
  status: z.enum(['signed', 'planned']).optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});

/** `GET /figures` query. */
export const FiguresQuery = strictQuery({
  metric: Metric,
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

/** `GET /events.rss` query. */
export const FeedQuery = strictQuery({ kind: EventKind.optional(), hasAgreement: Bool.optional() });

/** An event id in a path. */
export const EventId = z.string().regex(/^ev_[0-9a-z]{1,64}$/, 'invalid event id');

/** Error body of every non-2xx JSON response. */
export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().nullable() }),
});

/** `GET /events` response. */
export const EventsPage = z.object({ items: z.array(Event), cursor: z.string().nullable() });

/** One row of `GET /agreements`: a document with the event it was signed at. */
export const AgreementRow = z.object({
  eventId: z.string(),
  eventDate: IsoDate.nullable(),
  location: z.string().nullable(),
  docType: DocType,
  status: z.enum(['signed', 'planned']),
  title: z.string(),
  parties: z.array(z.string()),
  sources: z.array(z.object({ outlet: z.string(), url: z.string() })),
});
export const AgreementsPage = z.object({ items: z.array(AgreementRow), cursor: z.string().nullable() });

/** One point of `GET /figures`. */
export const FigurePoint = z.object({
  metric: Metric,
  value: z.number(),
  unit: z.string(),
  year: z.number().int().nullable(),
  text: z.string(),
  eventIds: z.array(z.string()),
  /** How many events reported this value for this year; `sources` holds up to 20 of their reports. */
  eventCount: z.number().int(),
  sources: z.array(
    z.object({ outlet: z.string(), url: z.string(), reportDate: z.string().nullable(), eventId: z.string() }),
  ),
});
export const FiguresResponse = z.object({ metric: Metric, points: z.array(FigurePoint) });

/** `GET /sources` response: configuration joined with health. */
export const SourceHealth = SourceState.extend({
  outlet: z.string(),
  lang: z.string(),
  kind: z.string(),
  enabled: z.boolean(),
  status: z.enum(['ok', 'failing', 'never_run', 'disabled']),
});
export const SourcesResponse = z.object({ items: z.array(SourceHealth) });

/** `GET /health` response. */
export const HealthResponse = z.object({
  status: z.literal('ok'),
  store: z.enum(['ok', 'unavailable']),
  time: z.string(),
  /** Only from the local stack (`npm start`): its schedule. */
  schedule: z
    .object({
      nextIngestion: z.string().nullable(),
      nextDigest: z.string().nullable(),
      ingesting: z.boolean(),
    })
    .optional(),
});
