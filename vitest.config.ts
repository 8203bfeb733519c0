import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests drive one Chromium each; two cores do not run more well in parallel.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests poll the page; on a loaded two-core machine a second is not always enough.
    expect: { poll: { timeout: 10_000 } },
  },
});
