import * as z from 'zod';

/** A calendar date `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/** What kind of happening an event is (see ../shared/CONTRACT.md). */
export const EventKind = z.enum([
  'meeting',
  'visit',
  'phone_call',
  'agreement_signing',
  'forum',
  'statement',
  'other',
]);
export type EventKind = z.infer<typeof EventKind>;

/**
 * The sentence a value was read from. Analysts check a value against it, and it is how a wrong value is debugged;
 * it is stored with the event and served by the API, but never part of the CLI's `extract` output (CONTRACT.md).
 */
export const Evidence = z.string().max(2000);

/** A person who took part in, or was only named in, an event. Names are in Latin script, English spelling. */
export const Person = z.object({
  name: z.string().min(1),
  role: z.string().nullable(),
  /** ISO 3166-1 alpha-2, e.g. `KZ`, `CN`; null when unknown. */
  country: z.string().length(2).nullable(),
  evidence: Evidence.optional(),
});
export type Person = z.infer<typeof Person>;

/** The kinds of document an agreement can be. */
export const DocType = z.enum([
  'memorandum',
  'agreement',
  'protocol',
  'notes',
  'joint_statement',
  'declaration',
  'roadmap',
  'program',
  'contract',
  'other',
]);
export type DocType = z.infer<typeof DocType>;

/** A document signed or exchanged at an event, or announced to be signed. */
export const Agreement = z.object({
  docType: DocType,
  status: z.enum(['signed', 'planned']),
  /** What the document is, in words: "Memorandum of Cooperation between the Ministries of Foreign Affairs…". */
  title: z.string().min(1),
  evidence: Evidence.optional(),
});
export type Agreement = z.infer<typeof Agreement>;

/** The metrics a figure can measure. */
export const Metric = z.enum(['trade_turnover', 'investment', 'project_portfolio', 'project_count', 'other']);
export type Metric = z.infer<typeof Metric>;

/** A number about the relationship, normalised to units (43.8 billion → 43800000000). */
export const Figure = z.object({
  metric: Metric,
  value: z.number().finite(),
  /** ISO currency code, or `projects` / `percent`. */
  unit: z.string().min(1),
  /** The year the figure refers to, or null when it cannot be known. */
  year: z.number().int().nullable(),
  /** The sentence fragment the figure was read from. */
  text: z.string(),
  evidence: Evidence.optional(),
});
export type Figure = z.infer<typeof Figure>;

/** What the extractor finds in one article: exactly the `event` object of the CLI contract. */
export const ExtractedEvent = z.object({
  kind: EventKind,
  eventDate: IsoDate.nullable(),
  location: z.string().nullable(),
  participants: z.array(Person),
  mentioned: z.array(Person),
  agreements: z.array(Agreement),
  figures: z.array(Figure),
  frameworks: z.array(z.string()),
  topics: z.array(z.string()),
  /** The sentences the kind, the date and the place were read from (null: no sentence, e.g. a default). */
  evidence: z
    .object({ kind: Evidence.nullable(), eventDate: Evidence.nullable(), location: Evidence.nullable() })
    .optional(),
  /** "17 documents were signed": how many documents the report says were signed, named or not. */
  agreementCount: z.number().int().positive().nullable().optional(),
});
export type ExtractedEvent = z.infer<typeof ExtractedEvent>;

/** The result of `extract` for one article: `event` is null exactly when `relevant` is false. */
export const ExtractResult = z.object({
  relevant: z.boolean(),
  event: ExtractedEvent.nullable(),
});
export type ExtractResult = z.infer<typeof ExtractResult>;

/** A reference from an event to one article that reports it. */
export const SourceRef = z.object({
  articleId: z.string(),
  url: z.string().url(),
  outlet: z.string(),
  title: z.string(),
  published: z.string().nullable(),
  lang: z.string(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** A stored event: the merged extraction of every article that reports the same real-world happening. */
export const Event = ExtractedEvent.extend({
  id: z.string().regex(/^ev_[0-9a-z]+$/),
  /** A one-line headline (from the best source article). */
  title: z.string(),
  /** A short plain-text summary (lead paragraph of the best source). */
  summary: z.string(),
  sources: z.array(SourceRef).min(1),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  /** Optimistic-concurrency counter: every successful write increments it. */
  version: z.number().int().nonnegative(),
});
export type Event = z.infer<typeof Event>;
