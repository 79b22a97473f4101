import { defineConfig } from 'vitest/config';

// The key journeys in WebKit and Firefox against the built site at `/` (e2e/engines/; run by
// scripts/e2e-engines.mjs). One file per engine, one after the other: each starts its own
// server, display and browser once. Each test is one journey of a fixed length, whatever the
// number of pages the site has: its timeout is far above what it takes on a slow machine.
export default defineConfig({
  test: {
    include: ['e2e/engines/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/results-engines.json' },
  },
});
