/**
 * Webhook signatures, the way Stripe and Miniflux sign: `X-KZCM-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>" with the channel's secret>`. The timestamp inside the signed text lets a receiver refuse
 * replays of an old delivery; comparing in constant time keeps the secret from leaking through timing.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header carrying the signature. */
export const SIGNATURE_HEADER = 'X-KZCM-Signature';

/** How old a signed delivery may be when verified (seconds), unless the receiver says otherwise. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A new signing secret for a webhook channel (`whsec_` + 32 random bytes, base64url). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function hmacHex(secret: string, t: number, body: string): string {
  return createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex');
}

/** The signature header value for a body sent at `at`. */
export function signWebhook(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${hmacHex(secret, t, body)}`;
}

/**
 * Whether a signature header is valid for the raw body: a `v1` matches and `t` is within the tolerance of `now`.
 * What a receiver runs (the README shows the same steps for any language).
 */
export function verifyWebhookSignature(
  secret: string,
  header: string,
  body: string,
  now: Date = new Date(),
  toleranceSeconds: number = DEFAULT_TOLERANCE_SECONDS,
): boolean {
  const parts = header.split(',').map((p) => p.trim().split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex(secret, t, body), 'hex');
  return parts
    .filter(([k, v]) => k === 'v1' && !!v && /^[0-9a-f]{64}$/.test(v))
    .some(([, v]) => timingSafeEqual(Buffer.from(v ?? '', 'hex'), expected));
}
