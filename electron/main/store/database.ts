import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteAdapter, SqliteDialect, type Driver } from 'kysely';
import { StoreError } from './errors';
import type { DatabaseSchema } from './schema';

// This is the only module that imports the SQLite driver (lint-enforced): everything else sees a Store.

export interface StoreOptions {
  /** A better-sqlite3 binary built for Electron's ABI, kept apart from the Node build the tests use. */
  nativeBinding?: string;
  readonly?: boolean;
}

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
  readonly path: string;
  readonly db: Kysely<DatabaseSchema>;
  /** Rows changed by this connection since it opened; lets tests prove that refused input wrote nothing. */
  totalChanges(): number;
  pragmas(): Pragmas;
  /** Online backup through SQLite's backup API (safe while the database is open; never a file copy). */
  backup(destination: string): Promise<void>;
  /** Runs fn in one synchronous SQLite transaction (better-sqlite3 semantics: all or nothing). */
  transaction<T>(fn: () => T): T;
  /** A raw prepared statement, for benchmarks and hot read paths that are measured against the core. */
  prepare<Row>(sql: string): PreparedStatement<Row>;
  close(): Promise<void>;
}

// Kysely's SQLite adapter reports no transactional DDL, so its Migrator would run migrations outside a
// transaction. SQLite does support transactional DDL: saying so makes every migration run all-or-nothing.
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class ChairsideSqliteDialect extends SqliteDialect {
  constructor(private readonly raw: Database.Database) {
    super({ database: raw });
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

export const BUSY_TIMEOUT_MS = 5000;

function ensureWritableFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (cause) {
    throw new StoreError(
      'folder-unwritable',
      `The data folder ${folder} is missing and cannot be created, or is not writable.`,
      {
        cause,
      },
    );
  }
}

function applyPragmas(raw: Database.Database): void {
  // Set on every open: better-sqlite3 reopens an existing WAL file with synchronous=NORMAL, which can lose
  // the last commits on power loss. FULL makes a signed entry durable once the call returns.
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

function openRaw(path: string, options: StoreOptions): Database.Database {
  try {
    return new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (cause) {
    throw new StoreError('open-failed', `The database ${path} could not be opened.`, { cause });
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

export function openStore(path: string, options: StoreOptions = {}): Store {
  if (!options.readonly) ensureWritableFolder(dirname(path));
  const raw = openRaw(path, options);
  if (!options.readonly) applyPragmas(raw);
  const db = new Kysely<DatabaseSchema>({ dialect: new ChairsideSqliteDialect(raw) });
  const changesStatement = raw.prepare('SELECT total_changes() AS n');
  return {
    path,
    db,
    totalChanges: () => (changesStatement.get() as { n: number }).n,
    pragmas: () => ({
      journalMode: raw.pragma('journal_mode', { simple: true }) as string,
      synchronous: raw.pragma('synchronous', { simple: true }) as number,
      foreignKeys: raw.pragma('foreign_keys', { simple: true }) as number,
      busyTimeout: raw.pragma('busy_timeout', { simple: true }) as number,
    }),
    backup: async (destination) => {
      mkdirSync(dirname(destination), { recursive: true });
      await raw.backup(destination);
    },
    transaction: (fn) => raw.transaction(fn)(),
    prepare: <Row>(sql: string) => {
      const statement = raw.prepare(sql);
      return {
        all: (...params: unknown[]) => statement.all(...params) as Row[],
        get: (...params: unknown[]) => statement.get(...params) as Row | undefined,
        iterate: (...params: unknown[]) => statement.iterate(...params) as IterableIterator<Row>,
        run: (...params: unknown[]) => ({ changes: statement.run(...params).changes }),
      };
    },
    close: () => db.destroy(),
  };
}
