/**
 * The project's error classes. Each carries a `cause` where one exists; `shared/api/errors.ts` is the one
 * place that maps them to HTTP statuses. Never serialise an error object into a response.
 */

/** Base class: every error the project throws on purpose. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Input from a user or a client is invalid (HTTP 400). `field` names the offending parameter. */
export class ValidationError extends AppError {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly field: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A requested thing does not exist (HTTP 404). */
export class NotFoundError extends AppError {
  override name = 'NotFoundError';
}

/** A caller sent too many requests (HTTP 429). */
export class RateLimitError extends AppError {
  override name = 'RateLimitError';
}

/** Configuration is missing or wrong (environment variable, port, endpoint). Fatal at start-up. */
export class ConfigError extends AppError {
  override name = 'ConfigError';
}

/** A conditional write lost a race, or an optimistic-concurrency version did not match. */
export class ConflictError extends AppError {
  override name = 'ConflictError';
}

/** The store (DynamoDB) failed. */
export class StoreError extends AppError {
  override name = 'StoreError';
}

/** Fetching a source or page failed; `retryable` says whether a retry may help. */
export class FetchError extends AppError {
  override name = 'FetchError';
  constructor(
    message: string,
    readonly url: string,
    readonly retryable: boolean,
    options?: { cause?: unknown; status?: number },
  ) {
    super(message, options);
    this.status = options?.status ?? null;
  }
  readonly status: number | null;
}

/** A feed, page or API response could not be parsed. */
export class ParseError extends AppError {
  override name = 'ParseError';
}

/** Sending an email failed. */
export class MailError extends AppError {
  override name = 'MailError';
}

/** A one-line description of any thrown value, for logs and per-item failure records (never for responses). */
export function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}
