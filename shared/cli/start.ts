import { readFileSync } from 'node:fs';
import type { Source } from '../domain/index.ts';
import { ConfigError } from '../errors.ts';
import { loadLocalConfig } from '../local/config.ts';
import { startLocalStack } from '../local/stack.ts';
import { loadSources } from '../sources/registry.ts';
import { ingestOnce } from './ingest.ts';

/** The configured sources: SOURCES_FILE when set, else the defaults. */
export function configuredSources(sourcesFile: string | null): Source[] {
  if (!sourcesFile) return loadSources();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(sourcesFile, 'utf8'));
  } catch (err) {
    throw new ConfigError(`SOURCES_FILE ${sourcesFile} cannot be read as JSON: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return loadSources(json);
}

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM). */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** `start`: the local stack plus one ingestion run; serves until Ctrl-C, then stops everything cleanly. */
export async function runStart(opts: { offline: boolean }): Promise<number> {
  const config = loadLocalConfig();
  const sources = configuredSources(config.sourcesFile);
  const stack = await startLocalStack(config, sources);
  const stopped = untilSignal();
  process.stderr.write(
    [
      'kz-china-monitor local stack is up',
      `  API          ${stack.apiUrl}  (try ${stack.apiUrl}/events, /health, /sources, /events.rss)`,
      `  local email  ${stack.sesUrl}  (sent mail: open it in a browser, or GET ${stack.sesUrl}/store)`,
      `  data         ${config.dynamoEndpoint ?? `${config.dataDir}/dynamodb`}`,
      `  mode         ${opts.offline ? 'offline: replaying recorded fixtures from a loopback server' : 'online'}`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  await Promise.race([
    ingestOnce({ store: stack.store, config, sources, offline: opts.offline, sesUrl: stack.sesUrl }),
    stopped,
  ]);
  await stopped;
  process.stderr.write('stopping…\n');
  await stack.close();
  return 0;
}

/** `serve`: only the API (and local SES for subscription mail), until Ctrl-C. */
export async function runServe(): Promise<number> {
  const config = loadLocalConfig();
  const stack = await startLocalStack(config, configuredSources(config.sourcesFile));
  process.stderr.write(`API on ${stack.apiUrl}; Ctrl-C to stop\n`);
  await untilSignal();
  await stack.close();
  return 0;
}
