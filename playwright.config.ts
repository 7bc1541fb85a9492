import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/harness/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // The app's log of the run goes to reports/e2e-user-data (checked for patient data by scripts/check-e2e-log.ts).
  globalSetup: './tests/harness/log-setup.ts',
  workers: 1,
  timeout: 60_000,
  // The JSON report feeds the single pass/fail line that .ci/run prints.
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    headless: true,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    viewport: { width: 1366, height: 860 },
  },
});
