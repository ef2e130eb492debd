import { defineConfig } from 'vitest/config';

/**
 * `npm run test:corpus`: the checks over the shared real-world feed corpus beside the repository
 * (`../shared/corpus/feeds`, or FEED_CORPUS_DIR). Kept out of `npm test`, which needs nothing
 * outside the repository; `.ci/run` runs both.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.corpus.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
