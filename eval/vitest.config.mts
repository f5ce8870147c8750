// Runs only the evaluation tests: `npx vitest run --config eval/vitest.config.mts`.
// (The root vitest.config.mts does not include eval/**/*.test.ts.)
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(__dirname, '..'),
  test: {
    include: ['eval/**/*.test.ts'],
    environment: 'node',
  },
});
