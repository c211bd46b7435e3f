import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Subscriber } from '../domain/index.ts';

/** A new secret token for the emailed links: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** sha256 (hex) of a token: the only form in which a token is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The subscriber id for an address: derived, so concurrent subscribes of one address agree on one record. */
export function subscriberIdFor(email: string): string {
  return `sub_${createHash('sha256').update(`subscriber:${email}`, 'utf8').digest('hex').slice(0, 24)}`;
}

/* `sub_<id>-<43 base64url chars>`: only [A-Za-z0-9_-], so it passes the API's token check; the fixed-length
   tail keeps it apart from a confirmation token (43 characters with no `sub_…-` prefix). */
const UNSUB_RE = /^(sub_[0-9a-z]+)-([A-Za-z0-9_-]{43})$/;

/** What a link token may do: the purpose is part of the HMAC, so an unsubscribe link cannot manage. */
export type LinkPurpose = 'unsubscribe' | 'manage';

function linkSignature(sub: Pick<Subscriber, 'id' | 'tokenHash'>, purpose: LinkPurpose): Buffer {
  return createHmac('sha256', Buffer.from(sub.tokenHash, 'hex')).update(`${purpose}:${sub.id}`).digest();
}

function unsubscribeSignature(sub: Pick<Subscriber, 'id' | 'tokenHash'>): Buffer {
  return linkSignature(sub, 'unsubscribe');
}

/**
 * The token of the "manage" link (preferences page): the same form as the unsubscribe token with its own
 * purpose in the HMAC, so it also stops working when the subscription's token is rotated.
 */
export function manageToken(sub: Pick<Subscriber, 'id' | 'tokenHash'>): string {
  return `${sub.id}-${linkSignature(sub, 'manage').toString('base64url')}`;
}

/** Whether a link signature of the given purpose belongs to this subscriber (constant-time comparison). */
export function verifyLinkSignature(
  sub: Pick<Subscriber, 'id' | 'tokenHash'>,
  signature: string,
  purpose: LinkPurpose,
): boolean {
  const expected = linkSignature(sub, purpose);
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The token for the unsubscribe link of alert emails. Only the hash of the subscription's secret token is
 * stored, so the alert step cannot repeat the secret itself; instead the link carries the subscriber id and
 * an HMAC keyed with that stored hash. It is scoped to one subscription, cannot be forged without the table,
 * and stops working when the subscription's token is rotated (a fresh subscribe).
 */
export function unsubscribeToken(sub: Pick<Subscriber, 'id' | 'tokenHash'>): string {
  return `${sub.id}-${unsubscribeSignature(sub).toString('base64url')}`;
}

/** The subscriber id named by an unsubscribe-link token, or null when the token is not of that form. */
export function parseUnsubscribeToken(token: string): { subscriberId: string; signature: string } | null {
  const m = UNSUB_RE.exec(token);
  return m?.[1] && m[2] ? { subscriberId: m[1], signature: m[2] } : null;
}

/** Whether an unsubscribe-link signature belongs to this subscriber (constant-time comparison). */
export function verifyUnsubscribeSignature(
  sub: Pick<Subscriber, 'id' | 'tokenHash'>,
  signature: string,
): boolean {
  const expected = unsubscribeSignature(sub);
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
