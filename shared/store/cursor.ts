import type * as z from 'zod';
import { ValidationError } from '../errors.ts';

/**
 * Listing cursors: opaque to clients (base64url JSON), checked against a schema on the way back in. What a
 * cursor may point at is the listing's own check, after this one.
 */

/** A cursor for a client. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The error for a cursor a listing cannot resume from (the client's mistake: a 400). */
export function invalidCursor(cause?: unknown): ValidationError {
  return new ValidationError('invalid cursor', 'cursor', { cause });
}

/** Decodes a cursor and checks its shape; anything else is `invalidCursor`. */
export function decodeCursor<S extends z.ZodType>(raw: string, schema: S): z.infer<S> {
  let parsed: ReturnType<S['safeParse']>;
  try {
    parsed = schema.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))) as ReturnType<
      S['safeParse']
    >;
  } catch (err) {
    throw invalidCursor(err);
  }
  if (!parsed.success) throw invalidCursor(parsed.error);
  return parsed.data as z.infer<S>;
}
