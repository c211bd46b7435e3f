/**
 * The one description of how the Lambda handlers are bundled, shared by the CDK stack (NodejsFunction) and
 * the bundle benchmark (plain esbuild), so that what is measured is what is deployed. No CDK imports here:
 * the benchmark loads this file without paying for aws-cdk-lib.
 */
import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';

/** The Lambda handlers, by short name, with their entry files relative to the repository root. */
export const FUNCTION_ENTRIES = {
  api: 'functions/api.ts',
  ingest: 'functions/ingest.ts',
  dispatch: 'functions/dispatch.ts',
  digest: 'functions/digest.ts',
} as const;

/** Short name of a handler. */
export type FunctionName = keyof typeof FUNCTION_ENTRIES;

/**
 * ESM bundles have no `require`; some CommonJS dependencies (cheerio's, iconv-lite) still call it for Node
 * built-ins, so each bundle starts by recreating it.
 */
export const ESM_REQUIRE_SHIM =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** esbuild settings, in esbuild's own vocabulary (the stack maps them onto NodejsFunction's). */
export const BUNDLE_OPTIONS = {
  format: 'esm',
  platform: 'node',
  target: 'node22',
  minify: true,
  /**
   * Non-ASCII characters written as themselves (UTF-8), not as `\uXXXX` escapes: the Cyrillic lexicons and
   * gazetteer, the pinyin table and iconv-lite's CJK code tables are mostly such characters, and escaped they
   * took three times the bytes (ingest 1.5 MB → 1.1 MB). Node reads the `.mjs` as UTF-8; the strings are the same.
   */
  charset: 'utf8',
  sourcemap: true,
  /** The Node.js 22 Lambda runtime ships AWS SDK v3: bundling it would only add size and cold-start time. */
  external: ['@aws-sdk/*'],
  /** Prefer ESM builds of dependencies so tree-shaking works. */
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_SHIM,
} as const;

/** Size budgets of the minified handler code (the `.mjs`, without its source map), in bytes. */
export const BUNDLE_BUDGET_BYTES: Partial<Record<FunctionName, number>> = {
  api: 400 * 1024,
  ingest: 1.5 * 1024 * 1024,
};

/**
 * BUNDLE_OPTIONS as a plain esbuild build of one handler (`root` = the repository root), for the benchmark and
 * the bundle tests; callers add where the output goes (`outfile`, `write`).
 */
export function esbuildOptions(name: FunctionName, root: string): BuildOptions {
  return {
    entryPoints: [join(root, FUNCTION_ENTRIES[name])],
    bundle: true,
    logLevel: 'silent',
    format: BUNDLE_OPTIONS.format,
    platform: BUNDLE_OPTIONS.platform,
    target: BUNDLE_OPTIONS.target,
    minify: BUNDLE_OPTIONS.minify,
    charset: BUNDLE_OPTIONS.charset,
    sourcemap: BUNDLE_OPTIONS.sourcemap,
    external: [...BUNDLE_OPTIONS.external],
    mainFields: [...BUNDLE_OPTIONS.mainFields],
    banner: { js: BUNDLE_OPTIONS.banner },
  };
}
