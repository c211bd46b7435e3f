/**
 * A child process for the ingestion-lock tests. `hold DIR MS [LEASE]`: takes the lock, prints `held`, keeps it
 * MS milliseconds (0 = until killed), releases it and exits. `try DIR [AT]`: waits until epoch ms AT (so several
 * children try at once), tries the lock, prints `got` or `busy <pid>`, keeps a won lock 4 s (longer than a slow start of the others), then exits.
 */
import { acquireIngestLock, IngestBusyError } from '../../shared/local/ingest-lock.ts';

const [mode, dir = '', arg = '0', lease] = process.argv.slice(2);
if (mode === 'hold') {
  const release = acquireIngestLock(dir, 'test holder', lease ? Number(lease) : undefined);
  process.stdout.write('held\n');
  if (Number(arg) > 0)
    setTimeout(() => {
      release();
      process.exit(0);
    }, Number(arg));
  else setInterval(() => undefined, 60_000);
} else {
  while (Date.now() < Number(arg));
  try {
    const release = acquireIngestLock(dir, 'test contender');
    process.stdout.write('got\n');
    setTimeout(() => {
      release();
      process.exit(0);
    }, 4000);
  } catch (err) {
    if (!(err instanceof IngestBusyError)) throw err;
    process.stdout.write(`busy ${err.holder.pid}\n`);
  }
}
