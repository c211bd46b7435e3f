/**
 * A subscription as a saved `/events` query: the same parameters (kind, participant, docType, hasAgreement, q,
 * lang) become the subscriber's filters, triggered by each new matching event unless other triggers are named.
 * "Anything with Wang Yi" is `{ participant: 'Wang Yi' }`; "any visit" is `{ kind: 'visit' }`.
 */
import * as z from 'zod';
import { DocType, EventKind, SubscriberFilters } from '../domain/index.ts';

/** The `/events` filter parameters a subscription can save (JSON types, not query strings). */
export const SavedQuery = z.strictObject({
  kind: EventKind.optional(),
  participant: z.string().trim().min(1).max(100).optional(),
  docType: DocType.optional(),
  hasAgreement: z.boolean().optional(),
  q: z.string().trim().min(1).max(200).optional(),
  lang: z.enum(['en', 'ru', 'kk', 'zh']).optional(),
  /** What alerts: new matching events (default), their new documents, their new figures. */
  triggers: z
    .array(z.enum(['agreement', 'event', 'figure']))
    .min(1)
    .max(3)
    .optional(),
});
export type SavedQuery = z.infer<typeof SavedQuery>;

/** The filters a saved query stands for. */
export function filtersFromQuery(q: SavedQuery): SubscriberFilters {
  return SubscriberFilters.parse({
    docTypes: q.docType ? [q.docType] : [],
    participants: q.participant ? [q.participant] : [],
    kinds: q.kind ? [q.kind] : undefined,
    hasAgreement: q.hasAgreement,
    q: q.q,
    sourceLang: q.lang,
    triggers: q.triggers ?? ['event'],
  });
}
