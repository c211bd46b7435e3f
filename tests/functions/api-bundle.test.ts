import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_BYTES, esbuildOptions } from '../../infra/bundling.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The API Lambda bundled exactly as the stack bundles it, kept in memory. */
async function apiBundle(): Promise<string> {
  // In memory and without a source map: only the code's bytes count against the budget.
  const out = await build({
    ...esbuildOptions('api', ROOT),
    sourcemap: false,
    write: false,
    outfile: 'index.mjs',
  });
  return out.outputFiles[0]?.text ?? '';
}

describe('API Lambda cold start', () => {
  it('stays under its size budget and loads no mail or queue client at import', async () => {
    const code = await apiBundle();
    expect(Buffer.byteLength(code)).toBeLessThan(BUNDLE_BUDGET_BYTES.api ?? 0);
    const staticSdk = [...code.matchAll(/from\s*"(@aws-sdk\/[a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(new Set(staticSdk)).toEqual(new Set(['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb']));
    // SES loads on the first mail (subscription routes); SQS is the dispatcher's and never loads here.
    expect(code).toMatch(/import\("@aws-sdk\/client-sesv2"\)/);
    expect(code).not.toContain('@aws-sdk/client-sqs');
  }, 60_000);
});
