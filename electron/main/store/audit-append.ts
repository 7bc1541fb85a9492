import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { AUDIT_MAC_FUNCTION, auditMac } from './audit-mac';
import { dialectOf } from './dialect';
import { ChairsidePostgresAdapter } from './postgres';
import type { DatabaseSchema } from './schema';

// The two dialect-specific steps of appending an audit event (services/audit/audit.ts does the rest).
// SQLite: one writer at a time holds the file's write lock, and the keyed hash is the connection's
// chairside_audit_mac() over the bytes SQLite stores. PostgreSQL: many workstations write at once, so every
// append first takes one transaction-scoped advisory lock (the chain never forks: the next append waits for
// this one to commit and then reads its hash), and the hash is computed here over the UTF-8 bytes the
// server stores for those text values, with the key that never leaves the workstation.

type Executor = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** pg_advisory_xact_lock key of the audit chain head ("CHAIRAUD"). */
export const AUDIT_CHAIN_LOCK = 0x4348414952415544n;

/** Serialises appends across workstations; call first, inside the transaction that appends. */
export async function lockAuditChain(executor: Executor): Promise<void> {
  if (dialectOf(executor) !== 'postgres') return;
  if (!executor.isTransaction) throw new Error('An audit event is appended inside a transaction.');
  await sql`SELECT pg_advisory_xact_lock(${sql.lit(AUDIT_CHAIN_LOCK.toString())}::bigint)`.execute(executor);
}

/** The value of the hash column for these hashed fields (AUDIT_MAC_COLUMNS order). */
export function auditHashValue(executor: Executor, fields: ReadonlyArray<string | null>): RawBuilder<string> | string {
  const adapter = executor.getExecutor().adapter;
  if (adapter instanceof ChairsidePostgresAdapter) {
    if (!adapter.auditKey)
      throw new Error('This database was opened without its audit key: audit events cannot be written.');
    return auditMac(
      adapter.auditKey,
      fields.map((f) => (f === null ? null : Buffer.from(f, 'utf8'))),
    );
  }
  const bytes = (value: string | null) => sql`CAST(${value} AS BLOB)`;
  return sql<string>`${sql.raw(AUDIT_MAC_FUNCTION)}(${sql.join(fields.map(bytes))})`;
}
