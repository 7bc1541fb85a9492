import { defineConfig } from 'vitest/config';

// Only tests/unit and tests/integration: Playwright specs live in tests/e2e (*.spec.ts) and must not be
// collected by vitest: both runners would otherwise pick them up.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    // The JSON report feeds the single pass/fail line that .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    hookTimeout: 60_000,
  },
});
