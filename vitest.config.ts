import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Suites that hold the product's time budgets or wall-clock bounds (extraction and PDF budgets, the 20 MB clip, the
 * worst cases, /health while a page is read, backoff timings, IMAP reads with their timeouts). They run one file at a
 * time after the others, so another suite's CPU never counts against their budgets.
 */
const ALONE = {
  unit: [
    'test/service/routes/extract-budget.test.ts',
    'test/service/alerts/unreachable.test.ts',
    'test/service/mail/mail-run.test.ts',
    'test/service/mail/newsletters.test.ts',
    'test/service/net/fetch-page-limits.test.ts',
    'test/service/pdf/pdf-bounds.test.ts',
    'test/service/pdf/pdf-reading.test.ts',
    'test/shared/extract/worst-cases.test.ts',
    'test/shared/extract/dates/performance.test.ts',
  ],
  extension: [
    'test/extension/entrypoints/dashboard/mailboxes.test.tsx',
    'test/extension/lib/clip/page-size.test.ts',
    'test/extension/lib/clip/clip-budget.test.ts',
  ],
};

// a throw-away PostgreSQL for the storage/API suites, which run on SQLite and PostgreSQL (DIALECTS)
const postgres = ['test/setup/postgres.ts'];
// the extension's tests need WXT's in-memory `browser` (fakeBrowser) and auto-imports
const extensionTests = ['test/extension/**/*.test.ts', 'test/extension/**/*.test.tsx'];

// Projects: plain node suites; the extension's unit tests; each of them split into the suites that run side by side and
// those that run alone (ALONE); and the end-to-end run in real Chromium, which builds the extension once and runs its
// files one at a time. vitest runs the files without file parallelism after all the others, one at a time.
export default defineConfig({
  test: {
    // vitest's default is one worker fewer than the cores: one file at a time on our 2-core machines, where most suites
    // wait on servers, IMAP and Chromium. Two files at a time at least (each test file owns its ports, databases and
    // directories).
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/extension/**', 'test/e2e/**', '**/node_modules/**', ...ALONE.unit],
          environment: 'node',
          globalSetup: postgres,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-alone',
          include: ALONE.unit,
          environment: 'node',
          globalSetup: postgres,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: extensionTests,
          exclude: ['**/node_modules/**', ...ALONE.extension],
          environment: 'node',
        },
      },
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'extension-alone',
          include: ALONE.extension,
          environment: 'node',
          fileParallelism: false,
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
