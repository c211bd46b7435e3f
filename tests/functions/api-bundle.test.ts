import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_BYTES, BUNDLE_OPTIONS, FUNCTION_ENTRIES } from '../../infra/bundling.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The API Lambda bundled exactly as the stack bundles it, kept in memory. */
async function apiBundle(): Promise<string> {
  const out = await build({
    entryPoints: [`${ROOT}/${FUNCTION_ENTRIES.api}`],
    bundle: true,
    write: false,
    outfile: 'index.mjs',
    logLevel: 'silent',
    format: BUNDLE_OPTIONS.format,
    platform: BUNDLE_OPTIONS.platform,
    target: BUNDLE_OPTIONS.target,
    minify: BUNDLE_OPTIONS.minify,
    charset: BUNDLE_OPTIONS.charset,
    external: [...BUNDLE_OPTIONS.external],
    mainFields: [...BUNDLE_OPTIONS.mainFields],
    banner: { js: BUNDLE_OPTIONS.banner },
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
