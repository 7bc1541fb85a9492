import { defineConfig } from 'vitest/config';

// Only tests/unit and tests/integration: Playwright specs live in tests/e2e (*.spec.ts) and must not be
// collected by vitest: both runners would otherwise pick them up.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // The center database's own tests run in the PostgreSQL pass (vitest.pg.config.ts, npm run test:pg:ci).
    exclude: ['tests/integration/pg/**'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on a two-core CI machine that leaves one idle while
    // the tests wait on their files. Each test file has its own temp folder, so two run side by side.
    maxWorkers: 2,
    testTimeout: 30_000,
    // The JSON report feeds the single pass/fail line that .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    hookTimeout: 60_000,
  },
});
