import { Migrator, sql } from 'kysely';
import type { CenterDbFailure, CENTER_SCHEMA_STATES } from '../../../shared/ipc/contract/center-db';
import { englishCount } from '../../../shared/text/english';
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
const UNREACHABLE_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN', 'ENETUNREACH', 'ECONNRESET'];

/** What failed when connecting (the reasons after the URL's own: CENTER_DB_FAILURES in shared/). */
export type ConnectionFailureReason = Exclude<CenterDbFailure, 'bad-url' | 'password-in-url' | 'tls-required'>;

/** The failure's reason and its detail (the driver's code or message), decided once from the error. */
export function classifyConnectionFailure(error: unknown): { reason: ConnectionFailureReason; detail: string } {
  const e = (error ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (UNREACHABLE_CODES.includes(code)) return { reason: 'unreachable', detail: code };
  if (code === 'ETIMEDOUT' || /timeout|timed out/i.test(message)) return { reason: 'timeout', detail: message };
  // The CA file named by sslrootcert is read when connecting: a missing one is a TLS set-up problem.
  if (code === 'ENOENT' && /sslrootcert|\.(pem|crt|cer)/i.test(message)) return { reason: 'tls', detail: message };
  if (TLS_CODES.test(code) || /ssl|tls|certificate/i.test(message)) return { reason: 'tls', detail: message };
  // 28P01: wrong password; 28000: no pg_hba.conf line lets this user in; none given where one is needed.
  if (code === '28P01' || code === '28000' || /client password must be a string|password authentication/i.test(message))
    return { reason: 'authentication', detail: code || message };
  if (code === '3D000') return { reason: 'database-missing', detail: code };
  return { reason: 'other', detail: message };
}

/** What failed when connecting, in English words IT can act on (the log, the command line, the start dialog). */
export function describeConnectionFailure(error: unknown, label: string): string {
  const { reason, detail } = classifyConnectionFailure(error);
  switch (reason) {
    case 'unreachable':
      return `No server answers at ${label} (host unreachable: ${detail}).`;
    case 'timeout':
      return `No server answers at ${label} (connection timed out).`;
    case 'tls':
      return `The TLS connection to ${label} failed: ${detail}. Check sslrootcert (the hospital's CA) and the server name.`;
    case 'authentication':
      return `${label} refused the user name or password (authentication failed).`;
    case 'database-missing':
      return `${label} does not exist on that server (database missing).`;
    case 'other':
      return `${label} could not be opened: ${detail}`;
  }
}

/** The center database's schema against this version's migrations (Settings' test, and the open below). */
export function centerSchemaState(applied: readonly string[]): {
  state: (typeof CENTER_SCHEMA_STATES)[number];
  pending: string[];
  unknown: string[];
} {
  const unknown = applied.filter((name) => !KNOWN.has(name));
  const pending = MIGRATIONS.filter(([name]) => !applied.includes(name)).map(([name]) => name);
  if (unknown.length > 0) return { state: 'newer', pending, unknown };
  if (applied.length === 0) return { state: 'empty', pending, unknown };
  return { state: pending.length > 0 ? 'older' : 'current', pending, unknown };
}

async function checkSchema(store: Store, location: PostgresLocation, migrate: boolean): Promise<string[]> {
  const { unknown, pending } = centerSchemaState(await appliedCenterMigrations(store));
  if (unknown.length > 0) {
    throw new StoreError(
      'newer-database',
      `${location.label} was written by a newer version of Chairside (it has ${unknown.join(', ')}). ` +
        'Install the newer version on this workstation; the database was not changed.',
    );
  }
  if (pending.length > 0 && !migrate) {
    throw new StoreError(
      'older-database',
      `${location.label} has not been updated for this version of Chairside (${englishCount(pending.length, 'update')} pending). ` +
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
