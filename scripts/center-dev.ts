// npm run center:dev — a throwaway center for trying center mode: a PostgreSQL server in a temporary folder on
// 127.0.0.1 (Debian's postgresql package; run as the postgres user when started as root), a database
// migrated by center:migrate's code, the demo center seeded, and the --db URL printed. Ctrl+C stops the
// server and deletes the folder. Then, in other terminals: npm run dev:browser -- --db URL (twice, for two
// workstations). The center key is written in dev-data/center-dev.key for the developer tools only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { writeDemoDatabase } from '../electron/main/demo/seed-demo';
import { newCenterKey, openCenterSecureStore } from '../electron/main/security/open-center-store';
import { parseDatabaseSetting } from '../electron/main/store/location';
import { startThrowawayServer } from './pg-server';
import { todayOption } from './today-option';

const folder = mkdtempSync(join(tmpdir(), 'chairside-center-dev-'));
const server = await startThrowawayServer(folder);
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
await admin.query(`CREATE DATABASE chairside TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
await admin.end();
const url = server.url.replace(/\/postgres$/, '/chairside');
const location = parseDatabaseSetting(url);
if (location.kind !== 'postgres') throw new Error('unreachable');
const centerKey = newCenterKey();
const secure = await openCenterSecureStore({
  location,
  centerKey,
  workstation: 'center-dev',
  migrate: true,
  now: new Date(),
});
await secure.store.close();
mkdirSync('dev-data', { recursive: true, mode: 0o700 });
writeFileSync(join('dev-data', 'center-dev.key'), centerKey, { mode: 0o600 });
const today = todayOption(undefined, 'npm run center:dev');
const summary = await writeDemoDatabase(url, { today, workstation: 'center-dev', centerKey });
for (const line of summary.lines) console.log(`  - ${line}`);
console.log(`\nCenter database ready:\n  --db ${url}\n`);
console.log(`Open workstations with:  npm run dev:browser -- --db ${url}`);
console.log('(center key in dev-data/center-dev.key; Ctrl+C here stops the server and deletes its folder)');

function stop(): void {
  server.stop();
  rmSync(folder, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 60_000);
