import * as z from 'zod';
import type { Source } from '../../domain/index.ts';
import { ParseError } from '../../errors.ts';
import { parseLooseDate } from '../dates.ts';
import type { ListedItem } from '../types.ts';

type JsonSource = Extract<Source, { kind: 'json' }>;

/**
 * One gov.kz content-manager news item. Both field spellings seen in the wild are accepted:
 * `title` / `body` / `created_date` and `name` / `createdDate`.
 */
const GovKzItem = z
  .object({
    id: z.union([z.number(), z.string().min(1)]),
    title: z.string().optional(),
    name: z.string().optional(),
    body: z.string().nullable().optional(),
    created_date: z.string().optional(),
    createdDate: z.string().optional(),
    published_date: z.string().optional(),
  })
  .refine((i) => (i.title ?? i.name) !== undefined, { message: 'item has neither "title" nor "name"' });

/** A gov.kz news page: `{"content":[…],"totalElements":…}`. */
const GovKzPage = z.object({
  content: z.array(z.unknown()),
  totalElements: z.number().optional(),
});

/**
 * Parses one page of the gov.kz news API. A body that is not JSON or lacks `content` is a ParseError;
 * a single malformed item is skipped so that one bad record does not hide the rest.
 */
export function parseGovKzPage(body: string, pageUrl: string, source: JsonSource): ListedItem[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    throw new ParseError(`response from ${pageUrl} is not JSON`, { cause: err });
  }
  const page = GovKzPage.safeParse(json);
  if (!page.success)
    throw new ParseError(`unexpected JSON from ${pageUrl}: ${page.error.issues[0]?.message ?? 'invalid'}`);
  const items: ListedItem[] = [];
  for (const raw of page.data.content) {
    const parsed = GovKzItem.safeParse(raw);
    if (!parsed.success) continue;
    const it = parsed.data;
    const id = String(it.id);
    items.push({
      url: source.itemUrl.replace('{id}', encodeURIComponent(id)),
      title: (it.title ?? it.name ?? '').trim() || null,
      published: parseLooseDate(it.created_date ?? it.createdDate ?? it.published_date ?? null),
      guid: `${source.id}:${id}`,
      html: it.body?.trim() || null,
    });
  }
  return items;
}
