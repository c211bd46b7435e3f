import { SQSClient } from '@aws-sdk/client-sqs';
import type { Mailer } from './alerts/mailer.ts';
import { DEFAULT_ALERT_WINDOW_DAYS } from './alerts/news.ts';
import { createSesMailer } from './alerts/ses-mailer.ts';
import type { Source } from './domain/index.ts';
import { getEnv, getEnvInt, getEnvOr } from './env.ts';
import { loadSources } from './sources/registry.ts';
import { createStore } from './store/dynamo-store.ts';
import type { Store } from './store/port.ts';

/**
 * Production wiring for the Lambdas: module-scope SDK clients (reused across warm invocations) and the
 * adapters built from environment variables, each read through getEnv so a missing one fails clearly.
 */
let cached: { store?: Store; mailer?: Mailer; sqs?: SQSClient } = {};

/** The DynamoDB store on TABLE_NAME. */
export function productionStore(): Store {
  cached.store ??= createStore({ tableName: getEnv('TABLE_NAME') });
  return cached.store;
}

/** The SES v2 mailer from SENDER_EMAIL (and SES_CONFIGURATION_SET when set). */
export function productionMailer(): Mailer {
  cached.mailer ??= createSesMailer({
    from: getEnv('SENDER_EMAIL'),
    configurationSet: getEnvOr('SES_CONFIGURATION_SET', '') || undefined,
  });
  return cached.mailer;
}

/** The SQS client for the dispatcher. */
export function productionSqs(): SQSClient {
  cached.sqs ??= new SQSClient({});
  return cached.sqs;
}

/** The configured sources (defaults; SOURCES_JSON may replace them). */
export function productionSources(): Source[] {
  const json = getEnvOr('SOURCES_JSON', '');
  return json ? loadSources(JSON.parse(json)) : loadSources();
}

/** Settings of the pipeline in production. */
export function productionSettings() {
  return {
    apiBaseUrl: getEnvOr('API_BASE_URL', 'https://example.invalid').replace(/\/+$/, ''),
    operatorEmail: getEnvOr('OPERATOR_EMAIL', '') || null,
    failureAlertThreshold: getEnvInt('SOURCE_FAILURE_ALERT_THRESHOLD', 3),
    alertWindowDays: getEnvInt('ALERT_WINDOW_DAYS', DEFAULT_ALERT_WINDOW_DAYS),
  };
}

/** For tests: forget the cached adapters. */
export function resetProductionCache(): void {
  cached = {};
}
