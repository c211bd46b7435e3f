import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError, ConflictError, NotFoundError, RateLimitError, ValidationError } from '../errors.ts';
import { logger } from '../log.ts';
import { json, tooLargeResponse } from './http.ts';

/** Seconds a rate-limited client should wait: the limit's own figure when it has one, else an hour. */
function retryAfter(err: RateLimitError): number {
  const s = (err as RateLimitError & { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof s === 'number' && Number.isFinite(s) && s > 0 ? Math.ceil(s) : 3600;
}

/** The API's error body. */
function errorJson(status: number, code: string, message: string, field: string | null = null): Response {
  return json(status, { error: { code, message, field } });
}

/**
 * The one place that maps errors to HTTP. Client mistakes get their message; anything ≥ 500 gets a generic
 * message, and the error itself only goes to the log — never into the response.
 */
export function errorResponse(err: unknown, requestId?: string): Response {
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : null;
    return errorJson(400, 'bad_request', issue?.message ?? 'invalid request', field);
  }
  if (err instanceof ValidationError) return errorJson(400, 'bad_request', err.message, err.field);
  if (err instanceof NotFoundError) return errorJson(404, 'not_found', err.message);
  if (err instanceof RateLimitError)
    return json(
      429,
      { error: { code: 'rate_limited', message: err.message, field: null } },
      { 'retry-after': String(retryAfter(err)) },
    );
  if (err instanceof ConflictError) return errorJson(409, 'conflict', err.message);
  // Hono's own refusals (a body over the limit while it is read); their texts are Hono's, not ours.
  if (err instanceof HTTPException && err.status === 413) return tooLargeResponse();
  if (err instanceof HTTPException && err.status < 500)
    return errorJson(err.status, 'bad_request', 'bad request');
  logger.error('request failed', { error: err as Error, requestId, known: err instanceof AppError });
  return errorJson(500, 'internal', 'internal error');
}

/** A 405 naming the methods the path does allow (RFC 9110 requires `Allow`). */
export function methodNotAllowed(method: string, path: string, allow: string[]): Response {
  return json(
    405,
    { error: { code: 'method_not_allowed', message: `${method} is not allowed on ${path}`, field: null } },
    { allow: allow.join(', ') },
  );
}
