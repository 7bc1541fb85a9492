import { sql, type Kysely, type Transaction } from 'kysely';
import { englishCount } from '../../../shared/text/english';
import { AUDIT_CHAIN_LOCK } from './audit-append';
import { auditMac, AUDIT_MAC_COLUMNS } from './audit-mac';
import { BreakList, ChainWalk, GENESIS_HASH } from './audit-chain';
import type { Store } from './database';
import { MIGRATIONS } from './migrations';
import type { DatabaseSchema } from './schema';

// Moving a single-workstation database onto an empty center database (npm run center:import). Every table
// is copied in foreign-key order in ONE PostgreSQL transaction: a failure leaves the center database empty.
// Row triggers that refuse edits of signed or historical rows are switched off for the copy only (ALTER
// TABLE is transactional, so they are on again whatever happens); foreign keys and the no-double-booking
// exclusions stay on. The audit trail is walked with the workstation's key as it is copied (a broken source
// trail is refused), and its keyed events are re-sealed with the center's key, in the same order with
// the same content, so every workstation of the center can verify them.

type Db = Kysely<DatabaseSchema>;
type Row = Record<string, unknown>;

/** Tables whose rows belong to the database itself, not to the center's work. */
const BOOKKEEPING = new Set(['kysely_migration', 'kysely_migration_lock', 'center_key']);
/** Created with defaults by the migrations: replaced by the workstation's own. */
const DEFAULTED = new Set(['center_limits', 'opening_hours']);
const PAGE = 500;

export class ImportRefusal extends Error {}

export interface ImportKeys {
  /** The workstation's audit key (its keystore or recovery key). */
  sourceAuditKey: Buffer;
  /** The center's audit key (the center key). */
  centerAuditKey: Buffer;
}

export interface ImportResult {
  tables: Array<{ table: string; rows: number }>;
  sourceHead: { id: number | null; hash: string };
}

/** The source file's schema must be exactly this version's (older: open it once in the app first). */
export function checkSourceSchema(source: Store): void {
  const applied = source.prepare<{ name: string }>('SELECT name FROM kysely_migration ORDER BY name').all();
  const known = new Set(MIGRATIONS.map(([name]) => name));
  const names = new Set(applied.map((r) => r.name));
  const newer = [...names].filter((n) => !known.has(n));
  if (newer.length > 0)
    throw new ImportRefusal(
      `${source.label} was written by a newer version of Chairside (${newer.join(', ')}): import it with that version.`,
    );
  const missing = MIGRATIONS.filter(([n]) => !names.has(n)).length;
  if (missing > 0)
    throw new ImportRefusal(
      `${source.label} is ${englishCount(missing, 'update')} behind this version of Chairside: open it once with this version ` +
        '(it updates the file), close it, then import.',
    );
}

/** The center tables in foreign-key order (a table after every table it references). */
export async function tablesInOrder(db: Db): Promise<string[]> {
  const tables = await sql<{ t: string }>`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'
    ORDER BY tablename`.execute(db);
  const refs = await sql<{ child: string; parent: string }>`SELECT conrelid::regclass::text AS child,
    confrelid::regclass::text AS parent FROM pg_constraint WHERE contype = 'f'`.execute(db);
  const pending = new Set(tables.rows.map((r) => r.t).filter((t) => !BOOKKEEPING.has(t)));
  const ordered: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter((t) =>
      refs.rows.every((r) => r.child !== t || r.parent === t || !pending.has(r.parent)),
    );
    if (ready.length === 0) throw new Error(`A foreign-key cycle among ${[...pending].join(', ')}.`);
    for (const t of ready) {
      pending.delete(t);
      ordered.push(t);
    }
  }
  return ordered;
}

/** Refuses a center database that already holds any of a center's work. */
export async function checkTargetEmpty(db: Db | Transaction<DatabaseSchema>, tables: readonly string[]): Promise<void> {
  const busy: string[] = [];
  for (const table of tables.filter((t) => !DEFAULTED.has(t))) {
    const found = await sql`SELECT 1 FROM ${sql.table(table)} LIMIT 1`.execute(db);
    if (found.rows.length > 0) busy.push(table);
  }
  if (busy.length > 0)
    throw new ImportRefusal(
      `The center database is not empty (${busy.join(', ')}): import only into a new, empty center database.`,
    );
}

async function columnsOf(db: Db, table: string): Promise<string[]> {
  const rows = await sql<{ c: string }>`SELECT column_name AS c FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = ${table} AND is_generated = 'NEVER'
    ORDER BY ordinal_position`.execute(db);
  return rows.rows.map((r) => r.c);
}

/** Every table and column of the file has a place on the server (nothing would be left behind), and back. */
export async function checkSameShape(source: Store, target: Db, tables: readonly string[]): Promise<void> {
  const fileTables = source
    .prepare<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all()
    .map((r) => r.name)
    .filter((t) => !BOOKKEEPING.has(t));
  const differences = [
    ...fileTables.filter((t) => !tables.includes(t)).map((t) => `table ${t} only in the file`),
    ...tables.filter((t) => !fileTables.includes(t)).map((t) => `table ${t} only on the server`),
  ];
  for (const table of tables.filter((t) => fileTables.includes(t))) {
    const file = source.prepare<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`).all();
    const fileColumns = file.map((c) => c.name).sort();
    const serverColumns = (await columnsOf(target, table)).sort();
    if (fileColumns.join() !== serverColumns.join())
      differences.push(
        `${table} has (${fileColumns.join(', ')}) in the file, (${serverColumns.join(', ')}) on the server`,
      );
  }
  if (differences.length > 0)
    throw new ImportRefusal(`The file and the center database differ: ${differences.join('; ')}.`);
}

async function insertRows(trx: Transaction<DatabaseSchema>, table: string, columns: string[], rows: Row[]) {
  if (rows.length === 0) return;
  const values = rows.map((row) => sql`(${sql.join(columns.map((c) => row[c] ?? null))})`);
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    VALUES ${sql.join(values)}`.execute(trx);
}

/** Reads one table of the source in rowid order, a page at a time. */
function* sourcePages(source: Store, table: string, columns: string[]): Generator<Row[]> {
  const list = columns.map((c) => `"${c}"`).join(', ');
  const page = source.prepare<Row>(
    `SELECT rowid AS chairside_rowid, ${list} FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ${PAGE}`,
  );
  // A rowid may be 0 or negative (an INTEGER PRIMARY KEY such as a weekday is the rowid).
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = page.all(after);
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.chairside_rowid as number;
  }
}

const bytes = (value: unknown): Buffer | null =>
  value === null || value === undefined ? null : Buffer.from(String(value as string | number), 'utf8');

/** Walks the source chain with its key, and re-seals each keyed event with the center's key. */
class Reseal {
  readonly walk: ChainWalk;
  readonly breaks = new BreakList();
  private head = GENESIS_HASH;

  constructor(private readonly keys: ImportKeys) {
    this.walk = new ChainWalk(keys.sourceAuditKey, this.breaks);
  }

  row(row: Row): Row {
    const fields = AUDIT_MAC_COLUMNS.map((c) => bytes(row[c]));
    this.walk.push({ id: row.id as number, chain: row.chain as number, hash: row.hash as string, fields });
    if (row.chain !== 2) {
      this.head = row.hash as string;
      return row;
    }
    const resealed: Row = { ...row, prev_hash: this.head };
    const hash = auditMac(
      this.keys.centerAuditKey,
      AUDIT_MAC_COLUMNS.map((c) => bytes(resealed[c])),
    );
    this.head = hash;
    return { ...resealed, hash };
  }
}

/** New rows on the server continue after the copied ids. */
async function continueIdentity(trx: Transaction<DatabaseSchema>, table: string): Promise<void> {
  const found = await sql<{ s: string | null }>`SELECT pg_get_serial_sequence(${table}, 'id') AS s`.execute(trx);
  const sequence = found.rows[0]?.s;
  if (!sequence) return;
  await sql`SELECT setval(${sequence}::regclass, max(id)) FROM ${sql.table(table)} HAVING max(id) IS NOT NULL`.execute(
    trx,
  );
}

async function copyTable(trx: Transaction<DatabaseSchema>, source: Store, table: string, reseal: Reseal) {
  const columns = await columnsOf(trx, table);
  if (DEFAULTED.has(table)) await sql`DELETE FROM ${sql.table(table)}`.execute(trx);
  let count = 0;
  for (const page of sourcePages(source, table, columns)) {
    const rows = table === 'audit_event' ? page.map((r) => reseal.row(r)) : page;
    await insertRows(trx, table, columns, rows);
    count += rows.length;
  }
  if (columns.includes('id')) await continueIdentity(trx, table);
  return count;
}

/**
 * Copies every table in one transaction, then runs `check` (counts, the audit check) in the same
 * transaction: a broken source trail or a failed check throws, and the center database stays empty.
 */
export async function copyIntoCenter(
  source: Store,
  target: Db,
  tables: readonly string[],
  keys: ImportKeys,
  check: (trx: Transaction<DatabaseSchema>, copied: ImportResult) => Promise<void>,
): Promise<ImportResult> {
  return target.transaction().execute(async (trx) => {
    // Holds off a second import, and any workstation's audit append, until this one commits.
    await sql`SELECT pg_advisory_xact_lock(${sql.lit(AUDIT_CHAIN_LOCK.toString())}::bigint)`.execute(trx);
    await checkTargetEmpty(trx, tables);
    const reseal = new Reseal(keys);
    for (const table of tables) await sql`ALTER TABLE ${sql.table(table)} DISABLE TRIGGER USER`.execute(trx);
    const copied: ImportResult['tables'] = [];
    for (const table of tables) copied.push({ table, rows: await copyTable(trx, source, table, reseal) });
    // Deferred foreign keys are checked now: ALTER TABLE waits for no pending check.
    await sql`SET CONSTRAINTS ALL IMMEDIATE`.execute(trx);
    for (const table of tables) await sql`ALTER TABLE ${sql.table(table)} ENABLE TRIGGER USER`.execute(trx);
    if (reseal.breaks.count > 0) {
      const first = reseal.breaks.listed[0]!;
      throw new ImportRefusal(
        `The audit trail of ${source.label} is broken (${englishCount(reseal.breaks.count, 'break')}, first at event ${String(first.id)}: ` +
          `${first.detail}). Nothing was imported; run npm run audit:verify on it.`,
      );
    }
    const result = { tables: copied, sourceHead: { id: reseal.walk.headId, hash: reseal.walk.headHash } };
    await check(trx, result);
    return result;
  });
}

/** Tables whose row count differs between the source and the center database after the copy. */
export async function countMismatches(
  source: Store,
  target: Db | Transaction<DatabaseSchema>,
  tables: readonly string[],
): Promise<string[]> {
  const wrong: string[] = [];
  for (const table of tables) {
    const from = source.prepare<{ n: number }>(`SELECT count(*) AS n FROM "${table}"`).get()!.n;
    const to = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(target);
    if (Number(to.rows[0]!.n) !== from) wrong.push(`${table}: ${from} in the file, ${to.rows[0]!.n} on the server`);
  }
  return wrong;
}
