import { defineConfig } from 'vitest/config';

// Real-editor tests: one code-server and one Chromium per file, one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
