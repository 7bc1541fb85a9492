import { existsSync } from 'node:fs';
import { Kysely, SqliteAdapter, SqliteDialect, type Driver } from 'kysely';
import { openRaw, vacuumInto, type RawDatabase, type RawOptions } from './raw';
import type { DatabaseSchema } from './schema';
import type { LiveChannel } from './live-postgres';

// The store: Kysely over one SQLite connection (here) or a PostgreSQL pool (store/postgres.ts). Only store/
// imports a driver (lint-enforced): everything else sees a Store.

export type StoreOptions = RawOptions;
export { BUSY_TIMEOUT_MS } from './raw';

export interface Pragmas {
  journalMode: string;
  synchronous: number;
  foreignKeys: number;
  busyTimeout: number;
}

export interface PreparedStatement<Row> {
  all(...params: unknown[]): Row[];
  get(...params: unknown[]): Row | undefined;
  /** Streams rows one at a time (the audit chain check walks a million rows without holding them). */
  iterate(...params: unknown[]): IterableIterator<Row>;
  run(...params: unknown[]): { changes: number };
}

export interface Store {
  /** The embedded SQLite file, or a center's PostgreSQL server (store/postgres.ts). */
  readonly dialect: 'sqlite' | 'postgres';
  /** The file path, or the center database as "the center database host:port/name". */
  readonly path: string;
  /** How messages name the database (the path, or the center database without credentials). */
  readonly label: string;
  readonly db: Kysely<DatabaseSchema>;
  /** True when the file is encrypted (SQLCipher 4 format). */
  readonly encrypted: boolean;
  /** Rows changed by this connection since it opened; lets tests prove that refused input wrote nothing. */
  totalChanges(): number;
  pragmas(): Pragmas;
  /** A consistent, owner-only copy written through SQLite, encrypted with the same key as the store. */
  backup(destination: string): Promise<void>;
  /** Runs fn in one synchronous SQLite transaction (better-sqlite3 semantics: all or nothing). */
  transaction<T>(fn: () => T): T;
  /** A raw prepared statement, for benchmarks and hot read paths that are measured against the core. */
  prepare<Row>(sql: string): PreparedStatement<Row>;
  /** Center mode: LISTEN/NOTIFY between the workstations (store/live-postgres.ts); absent on SQLite. */
  live?: LiveChannel;
  close(): Promise<void>;
}

// Kysely's SQLite adapter reports no transactional DDL, so its Migrator would run migrations outside a
// transaction. SQLite does support transactional DDL: saying so makes every migration run all-or-nothing.
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

// Kysely prepares every statement again on each call; compiling the SQL took about a sixth of a request's
// time. The store keeps the statements it prepared, most recently used last, up to a bound (a query with a
// variable IN list has many texts). A statement is reset after each run (all/run), so one can be reused.
const STATEMENT_CACHE = 400;

function cachedStatements(raw: RawDatabase): {
  prepare(sql: string): ReturnType<RawDatabase['prepare']>;
  close(): void;
} {
  const cache = new Map<string, ReturnType<RawDatabase['prepare']>>();
  return {
    prepare(sql) {
      let prepared = cache.get(sql);
      if (prepared) cache.delete(sql);
      else {
        prepared = raw.prepare(sql);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, prepared);
      return prepared;
    },
    close: () => {
      cache.clear();
      raw.close();
    },
  };
}

class ChairsideSqliteDialect extends SqliteDialect {
  constructor(private readonly raw: RawDatabase) {
    super({ database: cachedStatements(raw) });
  }

  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter();
  }

  // When a statement fails with SQLITE_FULL or SQLITE_IOERR, SQLite has already rolled the transaction back;
  // Kysely's ROLLBACK then throws "cannot rollback - no transaction is active", and that error replaced the
  // real one (a full disk was reported as an unknown failure). Roll back only what is still open.
  override createDriver(): Driver {
    const driver = super.createDriver();
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection) => {
      if (this.raw.inTransaction) await rollback(connection);
    };
    return driver;
  }
}

/** Opens a database read-only without touching it, to inspect it before deciding to migrate. */
export function peekDatabase<T>(
  path: string,
  options: StoreOptions,
  read: (query: (sql: string) => unknown[]) => T,
): T | null {
  if (!existsSync(path)) return null;
  const raw = openRaw(path, { ...options, readonly: true });
  try {
    return read((sql) => raw.prepare(sql).all());
  } finally {
    raw.close();
  }
}

function statement<Row>(raw: RawDatabase, sql: string): PreparedStatement<Row> {
  const prepared = raw.prepare(sql);
  return {
    all: (...params: unknown[]) => prepared.all(...params) as Row[],
    get: (...params: unknown[]) => prepared.get(...params) as Row | undefined,
    iterate: (...params: unknown[]) => prepared.iterate(...params) as IterableIterator<Row>,
    run: (...params: unknown[]) => ({ changes: prepared.run(...params).changes }),
  };
}

export function openStore(path: string, options: StoreOptions = {}): Store {
  const raw = openRaw(path, options);
  const db = new Kysely<DatabaseSchema>({ dialect: new ChairsideSqliteDialect(raw) });
  const changes = statement<{ n: number }>(raw, 'SELECT total_changes() AS n');
  return {
    dialect: 'sqlite',
    path,
    label: path,
    db,
    encrypted: options.key !== undefined,
    totalChanges: () => changes.get()!.n,
    pragmas: () => ({
      journalMode: raw.pragma('journal_mode', { simple: true }) as string,
      synchronous: raw.pragma('synchronous', { simple: true }) as number,
      foreignKeys: raw.pragma('foreign_keys', { simple: true }) as number,
      busyTimeout: raw.pragma('busy_timeout', { simple: true }) as number,
    }),
    backup: (destination) => Promise.resolve().then(() => vacuumInto(raw, destination)),
    transaction: (fn) => raw.transaction(fn)(),
    prepare: <Row>(sql: string) => statement<Row>(raw, sql),
    close: () => db.destroy(),
  };
}
