#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { AppError, describeError, ValidationError } from '../errors.ts';
import { tightenHeapForBatch } from './batch-heap.ts';
import { runCluster, runExtract } from './contract.ts';

// Node 20 is supported here; the SDK's notice about its future Node 22 floor would break the one-line error contract.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** One line per command, shown by `help` and on a usage error. */
const USAGE = `kz-china-monitor — Kazakhstan–China relations monitor

Usage: npm run -s cli -- <command> [options]

  start [--offline] [--every 6h]   the whole local stack: store, local SES, API on :3000; ingests now and then
                                 daily at 07:00 Asia/Almaty like AWS (INGEST_SCHEDULE), digest at 08:00
  serve                          only the API on :3000 (store from DYNAMODB_ENDPOINT or the embedded one)
  ingest [--source ID] [--offline]   one ingestion run (all enabled sources, or one); JSON summary on stdout
  backfill --source ID --until YYYY-MM-DD [--offline]   walk a source's archive back to a date and ingest it
  extract                        JSON Lines articles on stdin → extracted events on stdout (../shared/CONTRACT.md)
  cluster                        JSON Lines articles on stdin → event ids on stdout (../shared/CONTRACT.md)
  digest [--date YYYY-MM-DD] [--event-date]   mail the daily digest: what was first seen as news that Almaty
                                 day (default yesterday); with --event-date the events that took place that day
                                 instead; through the running stack's local SES or SES_ENDPOINT
  reindex                        build the event indexes and figure series of events stored before them
  eval [--gold DIR] [--real FILE] [--errors]   score the real dev set (../shared/dev, whole, per language
                                 and fold), then the synthetic gold sets (or only the one named); --errors
                                 lists each item's differing fields and the clustering's splits and joins
  help                           this text

  --verbose                      structured logs on stderr (as LOG_LEVEL=INFO); ingest, backfill, digest and
                                 eval use the store of a running \`npm start\` on the same DATA_DIR`;

/** Whether offline mode was asked for: `--offline`, or `npm start --offline` (npm sets npm_config_offline). */
export function wantsOffline(flag: boolean | undefined): boolean {
  return flag === true || process.env.npm_config_offline === 'true';
}

/** Runs one CLI command; resolves with the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      offline: { type: 'boolean' },
      source: { type: 'string' },
      until: { type: 'string' },
      gold: { type: 'string' },
      real: { type: 'string' },
      errors: { type: 'boolean' },
      date: { type: 'string' },
      'event-date': { type: 'boolean' },
      every: { type: 'string' },
      verbose: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  // Loaded only when asked for: the logger (Powertools) is some twenty modules that `extract` and `cluster`, which
  // never log, would load at every start; setVerbose sets LOG_LEVEL, read by loggers made later too.
  if (values.verbose) (await import('../log.ts')).setVerbose();
  switch (command) {
    case 'extract':
      tightenHeapForBatch();
      await runExtract(process.stdin, process.stdout);
      return 0;
    case 'cluster':
      tightenHeapForBatch();
      await runCluster(process.stdin, process.stdout);
      return 0;
    case 'start': {
      const { runStart } = await import('./start.ts');
      return runStart({ offline: wantsOffline(values.offline), every: values.every ?? null });
    }
    case 'serve': {
      const { runServe } = await import('./start.ts');
      return runServe();
    }
    case 'ingest': {
      const { runIngest } = await import('./ingest.ts');
      return runIngest({ offline: wantsOffline(values.offline), sourceId: values.source ?? null });
    }
    case 'backfill': {
      if (!values.source || !values.until)
        throw new ValidationError('backfill needs --source ID and --until YYYY-MM-DD');
      const { runBackfill } = await import('./ingest.ts');
      return runBackfill({
        offline: wantsOffline(values.offline),
        sourceId: values.source,
        until: values.until,
      });
    }
    case 'digest': {
      const { runDigest } = await import('./ingest.ts');
      return runDigest({ date: values.date ?? null, byEventDate: values['event-date'] === true });
    }
    case 'reindex': {
      const { runReindex } = await import('./reindex.ts');
      return runReindex();
    }
    case 'eval': {
      const { runEval } = await import('./eval.ts');
      return runEval({
        goldDir: values.gold ?? null,
        real: values.real ?? null,
        errors: values.errors === true,
      });
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      throw new ValidationError(`unknown command "${command}"`);
  }
}

// Entry point: errors become one clear line on stderr, never a stack trace (set DEBUG=1 for one).
if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      // A stopped stack exits now: an ingestion cut short may still hold sockets, and one Ctrl-C must be enough.
      if (process.argv[2] === 'start' || process.argv[2] === 'serve') process.exit(code);
    },
    (err: unknown) => {
      const usage =
        err instanceof ValidationError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
      process.stderr.write(
        `error: ${err instanceof AppError || usage ? (err as Error).message : describeError(err)}\n`,
      );
      if (usage) process.stderr.write(`\n${USAGE}\n`);
      if (process.env.DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
      process.exitCode = usage ? 2 : 1;
    },
  );
}
