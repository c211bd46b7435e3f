import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Test runner configuration. It lives in tests/ to keep the repository's top level fixed; the root is the
 * repository so that paths in tests read the same as everywhere else.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
