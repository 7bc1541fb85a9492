// npm run test:pg — the integration suite's PostgreSQL pass (vitest.pg.config.ts). Uses the server in
// CHAIRSIDE_TEST_PG (.ci/run starts one); without it, starts a throwaway server in a temp folder when
// PostgreSQL is installed, and stops it afterwards. In CI a missing server fails the pass, never skips it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startThrowawayServer, type ThrowawayServer } from './pg-server';

let server: ThrowawayServer | null = null;
let folder: string | null = null;
if (!process.env.CHAIRSIDE_TEST_PG) {
  try {
    folder = mkdtempSync(join(tmpdir(), 'chairside-pg-'));
    server = await startThrowawayServer(folder);
    process.env.CHAIRSIDE_TEST_PG = server.url;
  } catch (error) {
    console.error(
      `No PostgreSQL server for the PostgreSQL pass: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (process.env.CI) process.exit(1);
    console.error('Skipped (set CHAIRSIDE_TEST_PG, or install postgresql).');
    process.exit(0);
  }
}
const result = spawnSync('npx', ['vitest', 'run', '-c', 'vitest.pg.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});
server?.stop();
if (folder) rmSync(folder, { recursive: true, force: true });
process.exit(result.status ?? 1);
