import { SQSClient } from '@aws-sdk/client-sqs';
import type { Mailer } from './alerts/mailer.ts';
import { createSesMailer } from './alerts/ses-mailer.ts';
import { type Config, configuredSources, loadConfig, required } from './config.ts';
import type { Source } from './domain/index.ts';
import { createStore } from './store/dynamo-store.ts';
import type { Store } from './store/port.ts';

/**
 * Production wiring for the Lambdas: the configuration parsed once per container (shared/config.ts, the same
 * names and parsing as the CLI) and module-scope SDK clients reused across warm invocations.
 */
let cached: { config?: Config; store?: Store; mailer?: Mailer; sqs?: SQSClient; sources?: Source[] } = {};

/** The configuration of this container, parsed on first use. */
export function productionConfig(): Config {
  cached.config ??= loadConfig('lambda');
  return cached.config;
}

/** The DynamoDB store on TABLE_NAME. */
export function productionStore(): Store {
  cached.store ??= createStore({ tableName: required(productionConfig().tableName, 'TABLE_NAME') });
  return cached.store;
}

/** The SES v2 mailer from SENDER_EMAIL (and SES_CONFIGURATION_SET when set); undefined without a sender. */
export function productionMailer(): Mailer | undefined {
  const c = productionConfig();
  if (!c.senderEmail) return undefined;
  cached.mailer ??= createSesMailer({
    from: c.senderEmail,
    configurationSet: c.sesConfigurationSet ?? undefined,
  });
  return cached.mailer;
}

/** The SQS client for the dispatcher. */
export function productionSqs(): SQSClient {
  cached.sqs ??= new SQSClient({});
  return cached.sqs;
}

/** The configured sources (defaults; SOURCES_JSON or SOURCES_FILE may replace them). */
export function productionSources(): Source[] {
  cached.sources ??= configuredSources(productionConfig());
  return cached.sources;
}

/** Settings of the pipeline in production. */
export function productionSettings() {
  const c = productionConfig();
  return {
    apiBaseUrl: c.apiBaseUrl,
    operatorEmail: c.operatorEmail,
    failureAlertThreshold: c.failureAlertThreshold,
    alertWindowDays: c.alertWindowDays,
    runLimits: c.runLimits,
  };
}

/** For tests: forget the cached configuration and adapters. */
export function resetProductionCache(): void {
  cached = {};
}
