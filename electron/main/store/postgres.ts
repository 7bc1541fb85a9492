import pg from 'pg';
import { Kysely, PostgresAdapter, PostgresDialect, type KyselyPlugin } from 'kysely';
import type { DatabaseSchema } from './schema';
import type { Store } from './database';
import { StoreError } from './errors';
import type { DatabaseLocation } from './location';
import { BUSY_TIMEOUT_MS } from './raw';
import { postgresLiveChannel } from './live-postgres';

// The store over a center's PostgreSQL server (node-postgres pool). The rows come back as the SQLite store
// gives them, so repositories and services are written once: booleans as 1/0, bigint ids and counts as
// numbers, JSON columns as the text that was written.

const OID = { bool: 16, int8: 20, json: 114, jsonb: 3802, numeric: 1700 } as const;

function getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === OID.bool) return (value) => (value === 't' ? 1 : 0);
  // Ids and counts stay far below 2^53.
  if (oid === OID.int8) return (value) => Number(value);
  if (oid === OID.numeric) return (value) => Number.parseFloat(value);
  if (oid === OID.json || oid === OID.jsonb) return (value) => value;
  return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
}

/** PostgreSQL's adapter, carrying the audit chain's key: the hash is computed here, never on the server. */
export class ChairsidePostgresAdapter extends PostgresAdapter {
  constructor(readonly auditKey: Buffer | undefined) {
    super();
  }
}

class ChairsidePostgresDialect extends PostgresDialect {
  constructor(
    pool: pg.Pool,
    private readonly auditKey: Buffer | undefined,
  ) {
    super({ pool });
  }

  override createAdapter(): PostgresAdapter {
    return new ChairsidePostgresAdapter(this.auditKey);
  }
}

/** Counts rows written through this store, like SQLite's total_changes() (tests prove a refusal wrote nothing). */
class ChangeCounter implements KyselyPlugin {
  count = 0;
  transformQuery: KyselyPlugin['transformQuery'] = (args) => args.node;
  transformResult: KyselyPlugin['transformResult'] = (args) => {
    if (args.result.numAffectedRows !== undefined) this.count += Number(args.result.numAffectedRows);
    return Promise.resolve(args.result);
  };
}

export interface PostgresOptions {
  /** From the keystore (app) or CHAIRSIDE_DB_PASSWORD (headless); never in the URL. */
  password?: string | undefined;
  auditKey?: Buffer | undefined;
  /** Shown in pg_stat_activity, so IT sees which workstation holds a connection. */
  workstation?: string | undefined;
  /** How long a new connection may take (default: the busy timeout); Settings' connection test sets its own. */
  connectTimeoutMs?: number | undefined;
  /** Connections kept by this workstation (default 8). */
  maxConnections?: number | undefined;
  onPoolError?: ((error: Error) => void) | undefined;
}

export function createPool(location: Extract<DatabaseLocation, { kind: 'postgres' }>, options: PostgresOptions) {
  const pool = new pg.Pool({
    connectionString: location.url,
    ...(options.password !== undefined ? { password: options.password } : {}),
    max: options.maxConnections ?? 8,
    connectionTimeoutMillis: options.connectTimeoutMs ?? BUSY_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    application_name: `chairside ${options.workstation ?? ''}`.trim().slice(0, 60),
    // Waiting for another workstation's lock ends like SQLite's busy timeout: a typed, retryable `busy`.
    options: `-c lock_timeout=${BUSY_TIMEOUT_MS} -c idle_in_transaction_session_timeout=60000`,
    types: { getTypeParser },
  });
  // An idle connection dropped by the server must not crash main; the next query reports it. A connection
  // checked out when the server goes away (stopped, restarted) emits its error on itself, with no pool
  // listener then: without one of its own, that would be an uncaught exception in main.
  pool.on('error', (error) => options.onPoolError?.(error));
  pool.on('connect', (client) => client.on('error', (error) => options.onPoolError?.(error)));
  return pool;
}

function notInCenterMode(what: string): never {
  throw new StoreError(
    'not-available',
    `${what} is not done by Chairside on a center database: IT backs up and checks the PostgreSQL server.`,
  );
}

export function openPostgresStore(
  location: Extract<DatabaseLocation, { kind: 'postgres' }>,
  options: PostgresOptions = {},
): Store & { pool: pg.Pool } {
  const pool = createPool(location, options);
  const counter = new ChangeCounter();
  const db = new Kysely<DatabaseSchema>({
    dialect: new ChairsidePostgresDialect(pool, options.auditKey),
    plugins: [counter],
  });
  return {
    dialect: 'postgres',
    path: location.label,
    label: location.label,
    db,
    pool,
    live: postgresLiveChannel(pool),
    encrypted: false,
    totalChanges: () => counter.count,
    pragmas: () => notInCenterMode('Reading SQLite settings'),
    backup: () => Promise.reject(new StoreError('not-available', 'Back up the center database with pg_dump.')),
    transaction: () => notInCenterMode('A synchronous transaction'),
    prepare: () => notInCenterMode('A synchronous statement'),
    close: () => db.destroy(),
  };
}
