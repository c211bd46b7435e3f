import * as z from 'zod';

/** Languages the pipeline understands. */
export const Lang = z.enum(['en', 'ru', 'kk', 'zh', 'other']);
export type Lang = z.infer<typeof Lang>;

/** An article as stored: the canonical form of one story at one outlet. */
export const Article = z.object({
  /** `ar_` + hash of the canonical URL: stable across runs. */
  id: z.string().regex(/^ar_[0-9a-z]+$/),
  /** Canonical URL (see shared/dedup for the canonicalisation rules). */
  url: z.string().url(),
  /** Other URLs the same article was seen under (old Kazinform ids, host aliases, re-posts). */
  altUrls: z.array(z.string().url()).default([]),
  sourceId: z.string(),
  outlet: z.string(),
  lang: Lang,
  title: z.string(),
  /** ISO date-time with offset, or null when the page gives none. */
  published: z.string().nullable(),
  author: z.string().nullable().default(null),
  /** Plain body text, paragraphs separated by blank lines, boilerplate removed. */
  text: z.string(),
  /** sha256 (hex) of the normalised body text: exact-duplicate key. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** 64-bit SimHash of the body as 16 hex digits: near-duplicate key. */
  simhash: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .nullable()
    .default(null),
  /** The event this article was clustered into, or null when not relevant / not yet extracted. */
  eventId: z.string().nullable().default(null),
  fetchedAt: z.string().datetime({ offset: true }),
});
export type Article = z.infer<typeof Article>;

/** An optional field that a producer may also send as `null` (an excerpt without a title): read as absent. */
const absentIfNull = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => (v === null ? undefined : v), s.optional());

/**
 * One input line of the `extract` / `cluster` CLI contract (../shared/CONTRACT.md): exactly one of
 * `text` or `html`. Optional fields given as `null` count as absent rather than failing the line.
 */
export const ArticleInput = z
  .object({
    id: z.string().min(1),
    url: absentIfNull(z.string()),
    outlet: absentIfNull(z.string()),
    title: absentIfNull(z.string()),
    published: z.string().nullable().optional(),
    lang: absentIfNull(z.enum(['en', 'ru', 'kk', 'zh'])),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((a) => (a.text === undefined) !== (a.html === undefined), {
    message: 'exactly one of "text" or "html" is required',
  })
  .refine(
    (a) => a.published == null || /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(a.published),
    { message: '"published" must be YYYY-MM-DD, an ISO date-time, or null', path: ['published'] },
  );
export type ArticleInput = z.infer<typeof ArticleInput>;
