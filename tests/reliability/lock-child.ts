/**
 * A child process for the restart tests. `hold DIR`: opens the embedded store on DIR, prints `locked` and
 * waits to be killed. `race DIR T`: waits until epoch ms T (so several children try at the same moment), tries
 * to lock DIR, prints `won` or `lost`, keeps a won lock for two seconds, then exits.
 */
import { lockDataDir } from '../../shared/store/dir-lock.ts';
import { startDynalite } from '../../shared/store/embedded.ts';

const [mode, dir = '', at = '0'] = process.argv.slice(2);
if (mode === 'hold') {
  await startDynalite({ path: dir });
  process.stdout.write('locked\n');
  setInterval(() => undefined, 60_000);
} else {
  while (Date.now() < Number(at));
  try {
    const release = lockDataDir(dir);
    process.stdout.write('won\n');
    setTimeout(() => {
      release();
      process.exit(0);
    }, 2000);
  } catch {
    process.stdout.write('lost\n');
  }
}
