import { defineConfig } from '@playwright/test';

// Only used by `npm run test:electron`, where a real Electron binary exists.
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.electron\.ts/,
  workers: 1,
  timeout: 60_000,
});
