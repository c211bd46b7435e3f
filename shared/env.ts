import { ConfigError } from './errors.ts';

/**
 * Reads a required environment variable; throws a ConfigError naming it when unset or empty.
 * This is the one way the project reads its configuration.
 */
export function getEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new ConfigError(`missing environment variable ${name}`);
  }
  return value;
}

/** Reads an optional environment variable, with a default for unset or empty. */
export function getEnvOr(name: string, fallback: string): string {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

/** Reads an integer environment variable with a default; a non-integer value is a ConfigError. */
export function getEnvInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n))
    throw new ConfigError(`environment variable ${name} must be an integer, got "${raw}"`);
  return n;
}
