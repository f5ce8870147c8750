import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['renderer/**/*.test.ts', 'core/**/*.test.ts', 'db/**/*.test.ts', 'electron/**/*.test.ts', 'eval/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Tests open real SQLite files in temporary folders; run files in parallel, tests in order.
    pool: 'forks',
    // Only a guard against a hung test, never a speed check (speed is `npm run bench`): property tests that
    // replay hundreds of edits on a real file take over 5 s on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
