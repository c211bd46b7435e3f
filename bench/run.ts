import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load, machineLine } from './_stats.ts';

// Node 20 is supported here; the SDK's notice about its future Node 22 floor only clutters the tables.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Options of `npm run bench -- [--quick] [--100k] [name…]`, passed to the benches through the environment. */
const FLAGS: Record<string, [string, string]> = {
  '--quick': ['BENCH_QUICK', 'one round each, shorter windows'],
  '--100k': [
    'BENCH_API_100K',
    'the API bench at 100,000 events too (seeding takes many minutes the first time)',
  ],
};

/**
 * `npm run bench`: runs every bench/<name>.ts that exports `run()` (or only the names given as arguments), one
 * after the other — never two at once, the machine has two cores — and prints each one's table with the load
 * average before and after it. Benches that compare (extractors, API routes) measure both sides in this run.
 */
async function main(): Promise<void> {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const args = process.argv.slice(2);
  for (const a of args) {
    const flag = FLAGS[a];
    if (flag) process.env[flag[0]] = '1';
    else if (a.startsWith('--'))
      throw new Error(`unknown option ${a} (known: ${Object.keys(FLAGS).join(', ')})`);
  }
  const only = args.filter((a) => !a.startsWith('--'));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
    .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
    .sort();
  const options = args.filter((a) => FLAGS[a]).map((a) => `${a} (${FLAGS[a]?.[1]})`);
  console.log(`machine: ${machineLine()}`);
  console.log(`date: ${new Date().toISOString()}; options: ${options.join(', ') || 'none'}`);
  const all = performance.now();
  for (const file of files) {
    const mod = (await import(new URL(file, import.meta.url).href)) as {
      run?: () => Promise<Record<string, unknown>[]>;
    };
    if (typeof mod.run !== 'function') continue;
    console.log(`\n## ${file.replace(/\.ts$/, '')}`);
    const before = load();
    const started = performance.now();
    console.table(await mod.run());
    console.log(
      `(${((performance.now() - started) / 1000).toFixed(1)} s; load average ${before} before, ${load()} after)`,
    );
  }
  console.log(`\nall benches: ${((performance.now() - all) / 60_000).toFixed(1)} min`);
}

await main();
