import * as z from 'zod';
import { MailSendError } from './mailer.ts';

/** An email address as accepted anywhere in the alerts: zod's email check, at most 254 characters. */
export const EmailAddress = z.email().max(254);

/* Control characters (C0, DEL, C1), line/paragraph separators and bidi overrides: none belongs in a one-line
   field, and CR/LF in particular would let an untrusted title start a new mail header or fake a body line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const UNSAFE_INLINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Makes untrusted text safe for one line (subject, header value, a line of the plain-text body): control
 * characters and line breaks become single spaces, runs of whitespace collapse, ends are trimmed.
 */
export function oneLine(value: string): string {
  return value.replace(UNSAFE_INLINE, ' ').replace(/\s+/g, ' ').trim();
}

/** Shortens text to at most `max` characters, at a word boundary where one is near, ending with '…'. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The URL if it is an absolute http(s) URL, else null (no `javascript:` or `data:` links in mail). */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Validates a recipient or sender address; anything with a line break or not an address is refused. */
export function checkAddress(address: string): string {
  if (/[\r\n]/.test(address) || !EmailAddress.safeParse(address).success) {
    throw new MailSendError('invalid email address', false);
  }
  return address;
}

/* RFC 5322 field name: printable ASCII except colon (SES v2 MessageHeader rules). */
const HEADER_NAME = /^[\x21-\x39\x3b-\x7e]{1,126}$/;
/* Headers SES or this adapter sets itself: a caller must not override them. */
const RESERVED = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'reply-to', 'sender', 'return-path']);

/**
 * Checks custom headers: names must be valid field names and not address/subject fields; values are folded
 * to one line (CR/LF stripped) and must be printable ASCII (SES refuses anything else).
 */
export function checkHeaders(headers: Record<string, string>): Array<{ Name: string; Value: string }> {
  return Object.entries(headers).map(([name, raw]) => {
    if (!HEADER_NAME.test(name) || RESERVED.has(name.toLowerCase())) {
      throw new MailSendError(`invalid or reserved header name "${oneLine(name).slice(0, 40)}"`, false);
    }
    const value = oneLine(raw);
    if (!/^[\x20-\x7e]*$/.test(value) || value.length > 870) {
      throw new MailSendError(`header ${name} must be printable ASCII up to 870 characters`, false);
    }
    return { Name: name, Value: value };
  });
}
