import { defineConfig } from 'vitest/config';
import LongFilesFirst from './tests/harness/sequencer';

// The Electron glue tests replace modules (vi.mock of electron, of the core): each file needs a module
// registry of its own. Every other file runs in a worker that keeps its modules from one file to the next.
export const GLUE_TESTS = ['tests/unit/electron/**/*.test.ts'];

// Only tests/unit and tests/integration: Playwright specs live in tests/e2e (*.spec.ts) and must not be
// collected by vitest: both runners would otherwise pick them up.
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: on a two-core CI machine that leaves one idle while
    // the tests wait on their files. Each test file has its own temp folder, so two run side by side.
    maxWorkers: 2,
    sequence: { sequencer: LongFilesFirst },
    testTimeout: 30_000,
    // The JSON report feeds the single pass/fail line that .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'glue', include: GLUE_TESTS, isolate: true } },
      {
        extends: true,
        test: {
          name: 'core',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          // The center database's own tests run in the PostgreSQL pass (vitest.pg.config.ts, npm run test:pg).
          exclude: [...GLUE_TESTS, 'tests/integration/pg/**'],
          // Importing the core costs more than most files' tests (about 1 s a file on two cores): a worker
          // keeps its modules between files instead of importing them again. Every file opens its own
          // database in its own temp folder, and a test that changes global state (time zone, environment
          // variable, fake timers) restores it in afterEach.
          isolate: false,
        },
      },
    ],
  },
});
