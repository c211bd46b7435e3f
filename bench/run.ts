import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Node 20 is supported here; the SDK's notice about its future Node 22 floor only clutters the tables.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * `npm run bench`: runs every bench/<name>.ts that exports `run()` (or only the names given as arguments),
 * one after the other in this process, and prints each one's table. Ratios are measured in the same run.
 */
async function main(): Promise<void> {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
    .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
    .sort();
  console.log(
    `machine: ${process.platform} ${process.arch}, node ${process.version}, ${(await import('node:os')).cpus().length} cores`,
  );
  for (const file of files) {
    const mod = (await import(new URL(file, import.meta.url).href)) as {
      run?: () => Promise<Record<string, unknown>[]>;
    };
    if (typeof mod.run !== 'function') continue;
    console.log(`\n## ${file.replace(/\.ts$/, '')}`);
    const started = performance.now();
    console.table(await mod.run());
    console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

await main();
