import { defineConfig } from 'vitest/config';
import LongFilesFirst from './tests/harness/sequencer';

// The integration suite's PostgreSQL pass: the folders whose tests go through the store, each test core on a
// fresh database of its own on the server in CHAIRSIDE_TEST_PG (tests/support/postgres.ts). Folders that test
// the SQLite file itself (migrations of a file, encryption, backups, kill -9 and disk faults) stay SQLite-only.
export const PG_FOLDERS = [
  'center',
  'schedule',
  'patients',
  'chart',
  'charting',
  'plans',
  'orders',
  'library',
  'auth',
  'labs',
  'reports',
  'handouts',
  'ipc',
  'system',
  'security',
];

// Not run on PostgreSQL, each for a reason that is not a missing fix.
export const PG_PENDING = [
  // SQLite-only by nature: the tamper evidence of the workstation FILE (its worker, its signed checkpoints
  // beside the file). The center database's own tamper check is tests/integration/pg/center-store.test.ts.
  'tests/integration/system/audit-chain.test.ts',
  // The workstation FILE's own protections: its encryption and key, its read-only data folder, its sealed
  // legacy trail, its backups and restores (a center database is encrypted, backed up and restored by the
  // server and IT; its center key is tested in tests/integration/pg/center-store.test.ts).
  'tests/integration/security/encryption.test.ts',
  'tests/integration/security/read-only.test.ts',
  'tests/integration/security/legacy-seal.test.ts',
  'tests/integration/security/backups.test.ts',
  // The embedded file's status in Settings › Center database; the center's is tests/integration/pg/center-db-setting.test.ts.
  'tests/integration/security/center-db-setting.test.ts',
];

export default defineConfig({
  test: {
    include: [...PG_FOLDERS.map((f) => `tests/integration/${f}/**/*.test.ts`), 'tests/integration/pg/**/*.test.ts'],
    exclude: PG_PENDING,
    environment: 'node',
    pool: 'forks',
    // Two files at a time, as in the SQLite pass: each has databases of its own on the server.
    maxWorkers: 2,
    sequence: { sequencer: LongFilesFirst },
    // As in the SQLite pass (vitest.config.ts): a worker keeps its modules from one file to the next.
    isolate: false,
    env: { CHAIRSIDE_TEST_DIALECT: 'postgres' },
    // Each test core gets a database of its own on the server: slower to open than a temp file.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest-pg.json' },
  },
});
