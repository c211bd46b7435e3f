import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_BYTES, ESM_REQUIRE_SHIM, type FunctionName } from '../../infra/bundling.ts';
import { readConfig } from '../../infra/config.ts';
import { MonitorStack } from '../../infra/stack.ts';
import { logicalId } from './helpers.ts';

const outdir = mkdtempSync(join(tmpdir(), 'bundle-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('Lambda bundles', () => {
  // The one real bundled synth (three local esbuild runs): slow next to the template tests, hence its timeout.
  it('bundle locally as minified ESM within the size budgets (API < 400 KB, ingest < 1.5 MB)', () => {
    const app = new App({ outdir, builtinCloudFormationValidation: false });
    const stack = new MonitorStack(app, 'Monitor', { config: readConfig(app.node) });
    const resources = Template.fromStack(stack).toJSON().Resources;
    const fns: Record<FunctionName, typeof stack.api.apiFn> = {
      api: stack.api.apiFn,
      ingest: stack.ingestion.ingestFn,
      dispatch: stack.ingestion.dispatchFn,
      digest: stack.ingestion.digestFn,
    };
    const sizes: Record<string, number> = {};
    for (const [name, fn] of Object.entries(fns)) {
      // The code asset's S3 key is `<asset hash>.zip`; its staged directory is `asset.<hash>`.
      const key = resources[logicalId(fn)].Properties.Code.S3Key as string;
      const file = join(outdir, `asset.${key.replace(/\.zip$/, '')}`, 'index.mjs');
      sizes[name] = statSync(file).size;
      // ESM output with the `require` shim first, as the banner puts it.
      expect(readFileSync(file, 'utf8').startsWith(ESM_REQUIRE_SHIM)).toBe(true);
      expect(statSync(`${file}.map`).isFile()).toBe(true);
      // Characters written as themselves (charset utf8), not as \u escapes: the lexicons are Cyrillic.
      if (name === 'ingest') expect(readFileSync(file, 'utf8')).toMatch(/[а-я]{4}/);
    }
    // One assertion listing every bundle over its budget, so a failure shows them all.
    const over = Object.entries(BUNDLE_BUDGET_BYTES)
      .filter(([name, budget]) => (sizes[name] ?? Number.POSITIVE_INFINITY) >= budget)
      .map(([name, budget]) => `${name}: ${Math.round((sizes[name] ?? 0) / 1024)} KB >= ${budget / 1024} KB`);
    expect(over).toEqual([]);
  }, 180_000);
});
