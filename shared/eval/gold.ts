/** Gold labels in the seeds' format (../shared/seeds/gold.jsonl) and the article inputs they label. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { ArticleInput } from '../domain/index.ts';
import { ParseError } from '../errors.ts';

/** One gold label record: keyed by `id` (gold sets) or `file` (seeds). */
export const GoldRecord = z
  .object({
    id: z.string().optional(),
    file: z.string().optional(),
    outlet: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
    gold: z.object({
      relevant: z.boolean(),
      kind: z.string().nullable().optional(),
      kindAlt: z.array(z.string()).optional(),
      eventDate: z.string().nullable().optional(),
      eventDateAlt: z.array(z.string()).optional(),
      location: z.string().nullable().optional(),
      locationAlt: z.array(z.string().nullable()).optional(),
      participants: z.array(z.string()).optional(),
      mentioned: z.array(z.string()).optional(),
      agreements: z
        .array(
          z
            .object({ docType: z.string(), docTypeAlt: z.array(z.string()).optional(), status: z.string() })
            .passthrough(),
        )
        .optional(),
      figures: z
        .array(
          z
            .object({
              metric: z.string(),
              metricAlt: z.array(z.string()).optional(),
              value: z.number(),
              unit: z.string().optional(),
              year: z.number().nullable().optional(),
              count: z.number().optional(),
            })
            .passthrough(),
        )
        .optional(),
      frameworks: z.array(z.string()).optional(),
    }),
  })
  .passthrough()
  .transform((r) => ({ ...r, key: r.id ?? r.file ?? '' }));
/** A parsed gold record; `key` is its `id` or `file`. */
export type GoldRecord = z.infer<typeof GoldRecord>;

function readJsonl(path: string): unknown[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  return lines
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as unknown;
      } catch (err) {
        throw new ParseError(`${path}:${i + 1}: not JSON`, { cause: err });
      }
    });
}

/** Reads a gold.jsonl file (records with `file` or `id`, and `gold`). */
export function loadGold(path: string): GoldRecord[] {
  return readJsonl(path).map((r, i) => {
    const parsed = GoldRecord.safeParse(r);
    if (!parsed.success) throw new ParseError(`${path}:${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });
}

/**
 * The article inputs a gold file labels: `articles.jsonl` beside it when present (contract input lines),
 * else each record's `file` read as plain text with the record's `published`.
 */
export function loadInputs(goldPath: string, gold: GoldRecord[]): Map<string, ArticleInput> {
  const dir = dirname(goldPath);
  const out = new Map<string, ArticleInput>();
  let articles: unknown[] = [];
  try {
    articles = readJsonl(join(dir, 'articles.jsonl'));
  } catch {
    articles = [];
  }
  for (const a of articles) {
    const parsed = ArticleInput.safeParse(a);
    if (parsed.success) out.set(parsed.data.id, parsed.data);
  }
  for (const g of gold) {
    if (out.has(g.key) || !g.file) continue;
    out.set(g.key, {
      id: g.key,
      text: readFileSync(join(dir, g.file), 'utf8'),
      published: g.published ?? null,
    });
  }
  return out;
}
