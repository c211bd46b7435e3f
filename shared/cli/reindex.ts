import { loadConfig } from '../config.ts';
import { openStore, withResources } from '../local/stack.ts';
import { reindexAll } from '../store/reindex.ts';

/**
 * `reindex`: builds the event indexes (filters, search) and the figure series for every stored event, for
 * stores made before they existed. Uses DYNAMODB_ENDPOINT, the running `npm start`'s store, or the embedded
 * one; prints `{"events": N}` on stdout and progress on stderr. Safe to run again.
 */
export async function runReindex(): Promise<number> {
  const config = loadConfig('local');
  return withResources(async (closers) => {
    const opened = await openStore(config, closers);
    process.stderr.write(`re-indexing the events of ${opened.endpoint} (${opened.via})\n`);
    const events = await reindexAll(opened.store, (n) => process.stderr.write(`  ${n} events\n`));
    process.stdout.write(`${JSON.stringify({ events })}\n`);
    return 0;
  });
}
