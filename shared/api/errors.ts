import { ZodError } from 'zod';
import { AppError, ConflictError, NotFoundError, RateLimitError, ValidationError } from '../errors.ts';
import { logger } from '../log.ts';
import { type ApiResponse, json } from './http.ts';

/** Seconds a rate-limited client should wait: the limit's own figure when it has one, else an hour. */
function retryAfter(err: RateLimitError): number {
  const s = (err as RateLimitError & { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof s === 'number' && Number.isFinite(s) && s > 0 ? Math.ceil(s) : 3600;
}

/**
 * The one place that maps errors to HTTP. Client mistakes get their message; anything ≥ 500 gets a generic
 * message, and the error itself only goes to the log — never into the response.
 */
export function errorResponse(err: unknown, requestId?: string): ApiResponse {
  if (err instanceof ZodError) {
    const issue = err.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : null;
    return json(400, { error: { code: 'bad_request', message: issue?.message ?? 'invalid request', field } });
  }
  if (err instanceof ValidationError) {
    return json(400, { error: { code: 'bad_request', message: err.message, field: err.field } });
  }
  if (err instanceof NotFoundError) {
    return json(404, { error: { code: 'not_found', message: err.message, field: null } });
  }
  if (err instanceof RateLimitError) {
    return json(
      429,
      { error: { code: 'rate_limited', message: err.message, field: null } },
      { 'retry-after': String(retryAfter(err)) },
    );
  }
  if (err instanceof ConflictError) {
    return json(409, { error: { code: 'conflict', message: err.message, field: null } });
  }
  logger.error('request failed', { error: err as Error, requestId, known: err instanceof AppError });
  return json(500, { error: { code: 'internal', message: 'internal error', field: null } });
}
