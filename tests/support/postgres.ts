import { createHash, randomBytes } from 'node:crypto';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import pg from 'pg';
import { describe } from 'vitest';
import { formatRecoveryKey } from '../../electron/main/security/recovery-key';
import { openCenterSecureStore } from '../../electron/main/security/open-center-store';
import { parseDatabaseSetting } from '../../electron/main/store/location';
import { MIGRATIONS } from '../../electron/main/store/migrations';
import type { DatabaseSchema } from '../../electron/main/store/schema';

// A real PostgreSQL server for the tests: CHAIRSIDE_TEST_PG is an administrator's URL on it (set by .ci/run,
// or `npm run center:dev -- --test-server` by hand). Each test core gets its own fresh database, copied from
// a template migrated once per migration list (CREATE DATABASE … TEMPLATE), so tests never share rows.

/** The center key of every test database (a fixed test secret; never a real center's). */
export const TEST_CENTER_KEY = formatRecoveryKey(createHash('sha256').update('chairside test center').digest());

export const testServerUrl = (): string | undefined => process.env.CHAIRSIDE_TEST_PG || undefined;

/** True when the integration suite runs its PostgreSQL pass (vitest.pg.config.ts). */
export const pgPass = (): boolean => process.env.CHAIRSIDE_TEST_DIALECT === 'postgres';

/**
 * A describe that needs PostgreSQL: skipped on a developer's machine without a server, but FAILS in CI
 * (CI=true), where .ci/run must have started one.
 */
export function describeWithPostgres(name: string, body: () => void): void {
  if (testServerUrl()) describe(name, body);
  else if (process.env.CI) {
    describe(name, () => {
      throw new Error('CHAIRSIDE_TEST_PG is not set: CI must start a PostgreSQL server (.ci/run).');
    });
  } else describe.skip(`${name} (no PostgreSQL: set CHAIRSIDE_TEST_PG)`, body);
}

function serverUrl(): string {
  const url = testServerUrl();
  if (!url) throw new Error('CHAIRSIDE_TEST_PG is not set: this test needs a PostgreSQL server.');
  return url;
}

/** The same server, another database. */
export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

const TEMPLATE = `chairside_tpl_${createHash('sha256')
  .update(MIGRATIONS.map(([name]) => name).join(','))
  .digest('hex')
  .slice(0, 12)}`;
const LOCK = 4_242_001;

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function ensureTemplate(client: pg.Client): Promise<void> {
  const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
  if (found.rowCount) return;
  await client.query(`CREATE DATABASE ${TEMPLATE} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
  const secure = await openCenterSecureStore({
    location: parseDatabaseSetting(databaseUrl(TEMPLATE)) as Extract<
      ReturnType<typeof parseDatabaseSetting>,
      { kind: 'postgres' }
    >,
    centerKey: TEST_CENTER_KEY,
    workstation: 'test-template',
    migrate: true,
    now: new Date('2026-01-01T00:00:00Z'),
  });
  await secure.store.close();
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated center database of its own (an empty one with `empty`), dropped by drop(). */
export async function freshCenterDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `chairside_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK]);
    try {
      if (options.empty) {
        await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
      } else {
        await ensureTemplate(client);
        await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK]);
    }
  });
  return {
    url: databaseUrl(name),
    name,
    drop: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined)),
  };
}

/**
 * PostgreSQL's plan for a query, as EXPLAIN prints it, with sequential scans priced out. On a test database of
 * a few rows the planner rightly prefers a scan, which says nothing about the indexes; priced out, the plan
 * names the index the query can use, or still scans when none fits.
 */
export async function postgresPlan(db: Kysely<DatabaseSchema>, query: CompiledQuery): Promise<string> {
  return db.transaction().execute(async (tx) => {
    await sql`SET LOCAL enable_seqscan = off`.execute(tx);
    const result = await tx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]),
    );
    return result.rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}
