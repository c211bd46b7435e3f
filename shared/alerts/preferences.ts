/**
 * The "manage" link: a confirmed subscriber reviews and changes filters, mode and language, or leaves. The link
 * carries a purpose-bound HMAC token (tokens.ts), so it needs no login and cannot be turned into another link.
 */
import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import {
  Channel,
  type Subscriber,
  SubscriberFilters,
  SubscriberLang,
  SubscriberMode,
} from '../domain/index.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Store } from '../store/port.ts';
import { checkWebhookUrl } from './channel-step.ts';
import { manageToken, parseUnsubscribeToken, unsubscribeToken, verifyLinkSignature } from './tokens.ts';
import { newWebhookSecret } from './webhook-sign.ts';

/** The body of a preferences change (JSON, or the manage page's form once parsed). */
export const PreferencesBody = z.object({
  filters: SubscriberFilters,
  mode: SubscriberMode,
  lang: SubscriberLang,
  /** A channel to add (JSON clients): a signed webhook, a Slack incoming webhook or a Telegram bot chat. */
  addChannel: z
    .object({
      kind: z.enum(['webhook', 'slack', 'telegram']),
      url: z.string().url().max(2000),
      chatId: z.string().max(64).optional(),
    })
    .optional(),
  /** The id of a channel to remove. */
  removeChannel: z.string().max(40).optional(),
});
export type PreferencesBody = z.infer<typeof PreferencesBody>;

/** What the manage page shows: the preferences and the tokens of its own forms (never the secret token). */
export interface ManagedSubscription {
  subscriber: Subscriber;
  manageToken: string;
  unsubscribeToken: string;
  /** A channel added by this request, with its signing secret: shown once, in this answer only. */
  added?: { id: string; secret?: string };
}

/** The subscriber a manage token names; unknown, forged, rotated or unsubscribed: NotFoundError. Read only. */
export async function findForManage(deps: { store: Store }, token: string): Promise<ManagedSubscription> {
  const link = parseUnsubscribeToken(token);
  const sub = link ? await deps.store.getSubscriber(link.subscriberId) : null;
  if (!link || !sub || !verifyLinkSignature(sub, link.signature, 'manage') || sub.status === 'unsubscribed')
    throw new NotFoundError('unknown or expired manage link');
  return { subscriber: sub, manageToken: manageToken(sub), unsubscribeToken: unsubscribeToken(sub) };
}

/** Parses a preferences body, naming the first bad field. */
export function parsePreferences(body: unknown): PreferencesBody {
  const parsed = PreferencesBody.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : null;
  throw new ValidationError(issue?.message ?? 'invalid preferences', field, { cause: parsed.error });
}

/** Saves new preferences for the subscriber a manage token names; the token stays valid (same secret). */
export async function updatePreferences(
  deps: { store: Store },
  token: string,
  body: unknown,
): Promise<ManagedSubscription> {
  const { addChannel, removeChannel, ...prefs } = parsePreferences(body);
  const { subscriber } = await findForManage(deps, token);
  let channels = (subscriber.channels ?? []).filter((c) => c.id !== removeChannel);
  let added: ManagedSubscription['added'];
  if (addChannel) {
    if (channels.length >= 5) throw new ValidationError('at most 5 channels', 'addChannel');
    if (addChannel.kind === 'telegram' && !addChannel.chatId)
      throw new ValidationError('a Telegram channel needs chatId', 'addChannel.chatId');
    await checkWebhookUrl(addChannel.url, process.env.WEBHOOKS_ALLOW_PRIVATE === 'true').catch(
      (err: Error) => {
        throw new ValidationError(`webhook URL refused: ${err.message}`, 'addChannel.url');
      },
    );
    const channel = Channel.parse({
      ...addChannel,
      id: `ch_${randomBytes(8).toString('hex')}`,
      secret: addChannel.kind === 'webhook' ? newWebhookSecret() : undefined,
    });
    channels = [...channels, channel];
    added = { id: channel.id, secret: channel.secret };
  }
  const updated: Subscriber = { ...subscriber, ...prefs, channels };
  await deps.store.updateSubscriber(updated);
  return { subscriber: updated, manageToken: token, unsubscribeToken: unsubscribeToken(updated), added };
}

/** A comma/newline separated text field as a list (the manage form's keywords and participants). */
function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,\n;]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * The manage form's fields (`application/x-www-form-urlencoded`) as a preferences body; zod checks it after.
 * Checkboxes arrive as repeated `docType` fields; an unchecked box is simply absent.
 */
export function preferencesFromForm(form: URLSearchParams): unknown {
  return {
    filters: {
      docTypes: form.getAll('docType'),
      keywords: list(form.get('keywords') ?? undefined),
      participants: list(form.get('participants') ?? undefined),
      includePlanned: form.get('includePlanned') === 'on',
      // none ticked: the default (documents); an empty list would be refused
      triggers: form.getAll('trigger').length > 0 ? form.getAll('trigger') : undefined,
      kinds: form.getAll('kind'),
      q: form.get('q')?.trim() || undefined,
    },
    mode: form.get('mode') ?? undefined,
    lang: form.get('lang') ?? undefined,
  };
}
