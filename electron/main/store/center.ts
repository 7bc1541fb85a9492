import { Migrator, sql } from 'kysely';
import { StoreError } from './errors';
import type { DatabaseLocation } from './location';
import { MIGRATIONS } from './migrations';
import { openPostgresStore, type PostgresOptions } from './postgres';
import type { Store } from './database';

// Opening a center's PostgreSQL database. The app never migrates a shared database by itself: IT runs
// `npm run center:migrate` after taking a backup, and the app refuses an older (or newer) schema, naming
// the command. Kysely's PostgreSQL migrator holds an advisory lock while it runs, so two workstations or
// two migrate commands started at once never race.

type PostgresLocation = Extract<DatabaseLocation, { kind: 'postgres' }>;
const KNOWN = new Set(MIGRATIONS.map(([name]) => name));

export const migrateCommand = (location: PostgresLocation) => `npm run center:migrate -- --db ${location.url}`;

/** The migrations a center database has run (none when it is empty). */
export async function appliedCenterMigrations(store: Store): Promise<string[]> {
  const table = await sql<{ t: string | null }>`SELECT to_regclass('kysely_migration')::text AS t`.execute(store.db);
  if (!table.rows[0]?.t) return [];
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(store.db);
  return rows.rows.map((r) => r.name);
}

const TLS_CODES = /CERT|SELF_SIGNED|ALTNAME|UNABLE_TO_VERIFY|TLS|SSL/i;

/** What failed when connecting, in words IT can act on (Settings › Center database › Test connection). */
export function describeConnectionFailure(error: unknown, label: string): string {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH'].includes(code))
    return `No server answers at ${label} (host unreachable: ${code}).`;
  if (TLS_CODES.test(code) || /ssl|tls|certificate/i.test(message))
    return `The TLS connection to ${label} failed: ${message}. Check sslrootcert (the hospital's CA) and the server name.`;
  if (code === '28P01' || code === '28000')
    return `${label} refused the user name or password (authentication failed).`;
  if (code === '3D000') return `${label} does not exist on that server (database missing).`;
  if (/timeout/i.test(message)) return `No server answers at ${label} (connection timed out).`;
  return `${label} could not be opened: ${message}`;
}

async function checkSchema(store: Store, location: PostgresLocation, migrate: boolean): Promise<string[]> {
  const applied = await appliedCenterMigrations(store);
  const unknown = applied.filter((name) => !KNOWN.has(name));
  if (unknown.length > 0) {
    throw new StoreError(
      'newer-database',
      `${location.label} was written by a newer version of Chairside (it has ${unknown.join(', ')}). ` +
        'Install the newer version on this workstation; the database was not changed.',
    );
  }
  const pending = MIGRATIONS.filter(([name]) => !applied.includes(name)).map(([name]) => name);
  if (pending.length > 0 && !migrate) {
    throw new StoreError(
      'older-database',
      `${location.label} has not been updated for this version of Chairside (${pending.length} update(s) pending). ` +
        `IT must back it up (pg_dump) and then run: ${migrateCommand(location)}`,
    );
  }
  return pending;
}

export interface CenterOpenOptions extends PostgresOptions {
  /** Only center:migrate (and the test helper) migrate; the app refuses an older schema. */
  migrate?: boolean;
}

/** Connects, checks the schema (migrating only when asked), and returns the store. */
export async function openCenterStore(
  location: PostgresLocation,
  options: CenterOpenOptions = {},
): Promise<{ store: Store; applied: string[] }> {
  const store = openPostgresStore(location, options);
  try {
    try {
      await sql`SELECT 1`.execute(store.db);
    } catch (cause) {
      throw new StoreError('unreachable', describeConnectionFailure(cause, location.label), { cause });
    }
    const pending = await checkSchema(store, location, options.migrate ?? false);
    if (pending.length === 0) return { store, applied: [] };
    const migrator = new Migrator({
      db: store.db,
      provider: { getMigrations: () => Promise.resolve(Object.fromEntries(MIGRATIONS)) },
    });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      throw new StoreError('migration-failed', `Updating ${location.label} failed; it was left as it was.`, {
        cause: error,
      });
    }
    return { store, applied: (results ?? []).map((r) => r.migrationName) };
  } catch (error) {
    await store.close();
    throw error;
  }
}
