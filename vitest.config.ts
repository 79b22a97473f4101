import { defineConfig } from 'vitest/config';

// Unit tests run the pure modules in Node; the built site is tested by Playwright (e2e/).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
  },
});
