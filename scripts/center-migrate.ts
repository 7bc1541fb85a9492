// npm run center:migrate -- --db postgres://USER@HOST/DATABASE?sslmode=verify-full&sslrootcert=CA.pem [--backup-taken]
// Creates or updates a center's PostgreSQL database to this version's schema. The app never does this by
// itself: IT runs it once per upgrade, after a backup. Two runs at once are serialised (advisory lock).
// The password comes from CHAIRSIDE_DB_PASSWORD (or ~/.pgpass), never from the URL. The center key comes
// from CHAIRSIDE_CENTER_KEY; a new database without one gets a new key, printed once here.
import { parseArgs } from 'node:util';
import { newCenterKey, openCenterSecureStore } from '../electron/main/security/open-center-store';
import { appliedCenterMigrations } from '../electron/main/store/center';
import { parseDatabaseSetting } from '../electron/main/store/location';
import { openPostgresStore } from '../electron/main/store/postgres';
import { MIGRATIONS } from '../electron/main/store/migrations';
import { englishCount } from '../shared/text/english';

const { values } = parseArgs({
  options: { db: { type: 'string' }, 'backup-taken': { type: 'boolean', default: false } },
});
const setting = values.db ?? process.env.CHAIRSIDE_DB;
const parsed = setting ? parseDatabaseSetting(setting) : null;
if (!parsed || parsed.kind !== 'postgres') {
  console.error('Usage: npm run center:migrate -- --db postgres://USER@HOST/DATABASE [--backup-taken]');
  process.exit(2);
}
const location = parsed;
const password = process.env.CHAIRSIDE_DB_PASSWORD;

async function main(): Promise<number> {
  const peek = openPostgresStore(location, { password });
  const applied = await appliedCenterMigrations(peek).finally(() => peek.close());
  const pending = MIGRATIONS.filter(([name]) => !applied.includes(name)).length;
  if (pending === 0) {
    console.log(`${location.label} is up to date (${applied.length} migrations).`);
    return 0;
  }
  if (applied.length > 0 && !values['backup-taken']) {
    console.error(
      `${location.label} needs ${englishCount(pending, 'update')}. Take a backup first, e.g.\n` +
        `  pg_dump --format=custom --file=chairside-before-update.dump '${location.url}'\n` +
        'then run this command again with --backup-taken.',
    );
    return 1;
  }
  const givenKey = process.env.CHAIRSIDE_CENTER_KEY;
  const centerKey = givenKey ?? (applied.length === 0 ? newCenterKey() : undefined);
  const secure = await openCenterSecureStore({
    location: location,
    centerKey,
    password,
    workstation: 'center-migrate',
    migrate: true,
    now: new Date(),
  });
  await secure.store.close();
  console.log(`${location.label}: ${englishCount(pending, 'update')} applied.`);
  if (!givenKey && centerKey) {
    console.log(
      `\nCENTER KEY (shown once; keep it like a recovery key, give it to each workstation):\n  ${centerKey}\n` +
        'Workstations read it from CHAIRSIDE_CENTER_KEY, or from Settings › Center database (kept in the system keystore).',
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
