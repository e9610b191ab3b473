import { defineConfig } from 'vitest/config';

// Opt-in suite for the real Electron shell (`npm run test:electron`); `npm test` never runs it.
export default defineConfig({
  test: {
    include: ['tests/electron/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
