import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Projects: `unit` (fast, jsdom/happy-dom/node, no browser), `e2e` (the built extension in a real
// Chromium through playwright-core; one file at a time because each launches a browser), `firefox`
// (the built Firefox package in a real Firefox), `packages` (the store zips) and `tree` (git status
// after the rest). `npm test` runs them one after the other, in that order.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Shared CI machines are noisy: give in-browser conditions time, never assert on it.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
      {
        // The built Firefox package in Debian's firefox-esr through puppeteer-core (WebDriver BiDi);
        // one file at a time, each launches a browser.
        test: {
          name: 'firefox',
          include: ['test/firefox/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
      {
        // The store packages (`npm run zip`): the Chrome Web Store's refusals, web-ext lint.
        test: { name: 'packages', include: ['test/packages/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
      },
      {
        // Run last by `npm test`: the tree is as the clone left it (asserted in CI).
        test: { name: 'tree', include: ['test/tree/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
