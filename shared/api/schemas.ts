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

/** The event filters of `GET /events`, shared by every feed and export so a subscription or a reader sees one model. */
export const eventFilters = {
  from: IsoDate.optional().describe('earliest event date, inclusive'),
  to: IsoDate.optional().describe('latest event date, inclusive'),
  kind: EventKind.optional().describe('what happened'),
  participant: Word.optional().describe('a participant or mentioned person, part of the name (e.g. Wang Yi)'),
  docType: DocType.optional().describe('events with a document of this type'),
  hasAgreement: Bool.optional().describe('events with (true) or without (false) documents'),
  q: Word.optional().describe(
    'words that must all appear (headline, summary, people, place, documents), in English, Russian or Kazakh: names of known officials and the domain words (trade, wheat, railway, Khorgos …) match across languages',
  ),
  lang: z.enum(['en', 'ru', 'kk', 'zh']).optional().describe('events with a report in this language'),
};

/** "from" after "to" is a mistake worth naming rather than an empty answer. */
const inOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const inOrderError = { message: '"from" must not be after "to"', path: ['from'] };

/** `GET /events` query. */
export const EventsQuery = strictQuery({
  ...eventFilters,
  limit: Limit.describe('events per page'),
  cursor: Cursor.optional().describe('the `cursor` of the previous page'),
}).refine(inOrder, inOrderError);
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
export type AgreementsQuery = z.infer<typeof AgreementsQuery>;

/** `GET /figures` query. */
export const FiguresQuery = strictQuery({
  metric: Metric,
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type FiguresQuery = z.infer<typeof FiguresQuery>;

/** How many events a feed or export holds, newest first, after filtering. */
const feedLimit = (max: number, dflt: number) =>
  z.coerce
    .number()
    .int('limit must be an integer')
    .min(1)
    .max(max)
    .default(dflt)
    .describe('how many events, newest first, counted after the filters');

/** Query of the feeds (`/events.rss`, `.atom`, `.json`): the filters of `/events`, applied before `limit`. */
export const FeedQuery = strictQuery({ ...eventFilters, limit: feedLimit(200, 50) }).refine(
  inOrder,
  inOrderError,
);
export type FeedQuery = z.infer<typeof FeedQuery>;

/** Query of the CSV exports of events and agreements: the filters of `/events`, applied before `limit`. */
export const ExportQuery = strictQuery({ ...eventFilters, limit: feedLimit(2000, 500) }).refine(
  inOrder,
  inOrderError,
);
export type ExportQuery = z.infer<typeof ExportQuery>;

/** Query of `/figures.csv`: the export's, plus one metric if wanted. */
export const FiguresExportQuery = strictQuery({
  ...eventFilters,
  metric: Metric.optional().describe('only figures of this metric'),
  limit: feedLimit(2000, 500),
}).refine(inOrder, inOrderError);
export type FiguresExportQuery = z.infer<typeof FiguresExportQuery>;

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

/** A link token in a query, form or JSON body (validated by the handlers; documented here). */
export const TokenQuery = z.object({ token: z.string().optional() });

/** `POST /subscriptions` answer: the same for every address, so it reveals nothing. */
export const SubscriptionAccepted = z.object({ status: z.literal('pending'), message: z.string() });

/** The answer of confirm / unsubscribe POSTs (JSON clients), and of their GETs (the current status). */
export const SubscriptionStatus = z.looseObject({
  status: z.enum(['pending', 'confirmed', 'unsubscribed']),
});
