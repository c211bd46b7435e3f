import { loadConfig } from '../config.ts';
import { openStore, withResources } from '../local/stack.ts';
import { backfillSourceReports } from '../pipeline/backfill-reports.ts';
import type { PipelineDeps } from '../pipeline/types.ts';
import { reindexAll } from '../store/reindex.ts';

/**
 * `reindex`: builds the event indexes (filters, search), the list views and the figure series for every stored
 * event, for stores made before they existed (list pages read the views once every month is marked complete), then the per-source reports (with extractions) of events stored before
 * those were kept, so the re-link can move their sources. Uses DYNAMODB_ENDPOINT, the running `npm start`'s
 * store, or the embedded one; prints `{"events": N, "reports": R, "skipped": S}` on stdout and progress on
 * stderr. Safe to run again.
 */
export async function runReindex(): Promise<number> {
  const config = loadConfig('local');
  return withResources(async (closers) => {
    const opened = await openStore(config, closers);
    process.stderr.write(`re-indexing the events of ${opened.endpoint} (${opened.via})\n`);
    const events = await reindexAll(opened.store, (n) => process.stderr.write(`  ${n} events\n`));
    const backfill = await backfillSourceReports({ store: opened.store } as PipelineDeps, (n) =>
      process.stderr.write(`  ${n} events checked for source reports\n`),
    );
    process.stdout.write(
      `${JSON.stringify({ events, reports: backfill.rebuilt, skipped: backfill.skipped })}\n`,
    );
    return 0;
  });
}
