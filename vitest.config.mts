import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'db/**/*.test.ts', 'electron/**/*.test.ts', 'eval/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    // Tests open real SQLite files in temporary folders; run files in parallel, tests in order.
    pool: 'forks',
  },
});
