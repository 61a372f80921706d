import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects: plain node suites; the extension's unit tests, which need WXT's in-memory `browser` (fakeBrowser)
// and auto-imports; and the end-to-end run in real Chromium, which builds the extension once and runs its files one at a time.
export default defineConfig({
  test: {
    // vitest's default is one worker fewer than the cores: one file at a time on our 2-core machines, where most suites
    // wait on servers, IMAP and Chromium. Two files at a time at least (each test file owns its ports, databases and
    // directories); the e2e project stays one file at a time.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/extension/**', 'test/e2e/**', '**/node_modules/**'],
          environment: 'node',
          // a throw-away PostgreSQL for the storage/API suites, which run on SQLite and PostgreSQL (DIALECTS)
          globalSetup: ['test/setup/postgres.ts'],
        },
      },
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['test/extension/**/*.test.ts', 'test/extension/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
