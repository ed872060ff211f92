import { defineConfig } from 'vitest/config';

// Unit, fixture, property, server, CLI and grammar tests. The real-editor tests (test/e2e) start code-server and
// Chromium: they run on their own afterwards (vitest.e2e.config.ts), so they never compete for the two cores
// with the property suites.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
