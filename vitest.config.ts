import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Two cores here: keep the pool small so socket-heavy Discord tests do not starve.
    maxWorkers: 2,
  },
});
