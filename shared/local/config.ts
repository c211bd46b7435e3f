import { join } from 'node:path';
import { DEFAULT_ALERT_WINDOW_DAYS } from '../alerts/news.ts';
import { getEnvInt, getEnvOr } from '../env.ts';
import { ConfigError } from '../errors.ts';

/** Configuration of the local stack and the CLI, from environment variables (documented in README). */
export interface LocalConfig {
  /** Folder for the embedded store's files (survives restarts). */
  dataDir: string;
  tableName: string;
  /** An existing DynamoDB(-compatible) endpoint; when absent the embedded dynalite is started. */
  dynamoEndpoint: string | null;
  port: number;
  sesPort: number;
  senderEmail: string;
  operatorEmail: string | null;
  /** Public base URL of the API, for links in feeds and emails. */
  apiBaseUrl: string;
  /** A JSON file replacing the default source list. */
  sourcesFile: string | null;
  /** Consecutive failures of a source before an operator alert. */
  failureAlertThreshold: number;
  /** Events older than this many days are not alerted as news (ALERT_WINDOW_DAYS, default 30). */
  alertWindowDays: number;
}

/** A port number from the environment, checked. */
function portOf(name: string, fallback: number): number {
  const port = getEnvInt(name, fallback);
  if (port < 0 || port > 65535) throw new ConfigError(`${name} must be a port number 0-65535, got ${port}`);
  return port;
}

/** Reads the local configuration; bad values throw a ConfigError with a one-line message. */
export function loadLocalConfig(): LocalConfig {
  const port = portOf('PORT', 3000);
  const endpoint = getEnvOr('DYNAMODB_ENDPOINT', '');
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    throw new ConfigError(`DYNAMODB_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
  }
  return {
    dataDir: getEnvOr('DATA_DIR', join(process.cwd(), 'data')),
    tableName: getEnvOr('TABLE_NAME', 'kz-china-monitor'),
    dynamoEndpoint: endpoint || null,
    port,
    sesPort: portOf('SES_PORT', 8005),
    senderEmail: getEnvOr('SENDER_EMAIL', 'alerts@kz-china-monitor.local'),
    operatorEmail: getEnvOr('OPERATOR_EMAIL', 'operator@kz-china-monitor.local') || null,
    apiBaseUrl: getEnvOr('API_BASE_URL', `http://localhost:${port}`).replace(/\/+$/, ''),
    sourcesFile: getEnvOr('SOURCES_FILE', '') || null,
    failureAlertThreshold: getEnvInt('SOURCE_FAILURE_ALERT_THRESHOLD', 3),
    alertWindowDays: getEnvInt('ALERT_WINDOW_DAYS', DEFAULT_ALERT_WINDOW_DAYS),
  };
}
