import { defineConfig } from 'vitest/config';

// `npm run test:package`: packages the built app with electron-builder against a stand-in Electron and checks
// its layout. Apart from the unit tests because it needs `out/` (npm test runs it after the build).
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 300_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest-package.json' },
  },
});
