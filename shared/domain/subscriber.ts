import * as z from 'zod';
import { DocType, EventKind } from './event.ts';

/** What a subscriber wants to hear about; empty lists mean "everything". */
export const SubscriberFilters = z.object({
  docTypes: z.array(DocType).default([]),
  keywords: z.array(z.string().min(1).max(100)).max(20).default([]),
  participants: z.array(z.string().min(1).max(100)).max(20).default([]),
  /** Also alert on agreements announced to be signed. */
  includePlanned: z.boolean().default(false),
  /**
   * What triggers an alert: a new document (`agreement`), a new event matching the filters (`event`: a visit
   * with a named official, any event of a kind), a new trade/investment figure (`figure`). Absent: documents.
   */
  triggers: z
    .array(z.enum(['agreement', 'event', 'figure']))
    .min(1)
    .max(3)
    .optional(),
  /** Event kinds (the `/events` `kind`); empty or absent: any. */
  kinds: z.array(EventKind).max(7).optional(),
  /** Only events with (true) or without (false) documents (the `/events` `hasAgreement`). */
  hasAgreement: z.boolean().optional(),
  /** Free text: every word must occur, in English or Russian (the `/events` `q`). */
  q: z.string().min(1).max(200).optional(),
  /** Only events reported in this language (the `/events` `lang`). */
  sourceLang: z.enum(['en', 'ru', 'kk', 'zh']).optional(),
});
export type SubscriberFilters = z.infer<typeof SubscriberFilters>;

/** How often a subscriber hears: each item as it is seen, or one digest a day or a week. */
export const SubscriberMode = z.enum(['instant', 'daily', 'weekly']);
export type SubscriberMode = z.infer<typeof SubscriberMode>;

/** The language of a subscriber's mail and pages (absent on older records: English). */
export const SubscriberLang = z.enum(['en', 'ru']);
export type SubscriberLang = z.infer<typeof SubscriberLang>;

/**
 * A delivery channel besides email: a signed JSON webhook, a Slack incoming webhook or a Telegram bot chat.
 * Channels get instant alerts whatever the email mode; a channel failing too often in a row is disabled.
 */
export const Channel = z.object({
  id: z.string().regex(/^ch_[0-9a-z]{1,24}$/),
  kind: z.enum(['webhook', 'slack', 'telegram']),
  /** The https URL posted to (for Telegram: `https://api.telegram.org/bot<token>/sendMessage`). */
  url: z.string().url().max(2000),
  /** The HMAC-SHA256 signing secret of a `webhook` (shown to its owner once). */
  secret: z.string().min(16).max(200).optional(),
  /** The Telegram chat id. */
  chatId: z.string().max(64).optional(),
  /** Failed deliveries in a row; reset by a success. */
  failures: z.number().int().nonnegative().default(0),
  /** When the channel was disabled for failing, or null. */
  disabledAt: z.string().nullable().default(null),
});
export type Channel = z.infer<typeof Channel>;

/** An email subscriber (double opt-in). */
export const Subscriber = z.object({
  id: z.string().regex(/^sub_[0-9a-z]+$/),
  email: z.string().email().max(254),
  filters: SubscriberFilters,
  mode: SubscriberMode,
  lang: SubscriberLang.optional(),
  /** Webhook and chat channels (instant alerts); none when absent. */
  channels: z.array(Channel).max(5).optional(),
  status: z.enum(['pending', 'confirmed', 'unsubscribed']),
  /** sha256 (hex) of the secret token; the token itself is only ever in the emailed links. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
  confirmedAt: z.string().nullable().default(null),
});
export type Subscriber = z.infer<typeof Subscriber>;

/** A record that one alert (event + agreement) was, or is being, delivered to one subscriber. */
export const Delivery = z.object({
  /** `<eventId>#<agreementKey>` or `digest#<date>` */
  alertKey: z.string(),
  subscriberId: z.string(),
  status: z.enum(['claimed', 'sent', 'failed']),
  attempts: z.number().int().nonnegative(),
  updatedAt: z.string(),
  messageId: z.string().nullable().default(null),
  lastError: z.string().nullable().default(null),
});
export type Delivery = z.infer<typeof Delivery>;
