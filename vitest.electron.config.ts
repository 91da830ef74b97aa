import { defineConfig } from 'vitest/config';

/** `npm run test:electron` only: the desktop smoke test, kept out of `npm test` (see test/electron/target.ts). */
export default defineConfig({
  test: {
    include: ['test/electron/**/*.spec.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
