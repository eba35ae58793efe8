import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './src/node/chromium-printer';
import { chromiumPath } from './src/node/paths';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.SOUNDBITE_REPORTS_DIR
    ? [['list'], ['json', { outputFile: `${process.env.SOUNDBITE_REPORTS_DIR}/playwright.json` }]]
    : [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    viewport: { width: 1360, height: 860 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
  },
});
