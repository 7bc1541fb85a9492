import { sql, type Kysely, type Transaction } from 'kysely';
import { dialectOf } from './dialect';
import type { DatabaseSchema } from './schema';

// A request sent twice at once (a double click, a retry while the first is still running) must land once and
// answer the same thing both times. SQLite runs one write transaction at a time, so the second one already
// finds what the first stored. PostgreSQL runs both at once: each looks up the request id, finds nothing, and
// the slower insert then fails on the unique key. Taking a transaction-scoped advisory lock on the request id
// first makes the second wait for the first to commit; its lookup then finds the stored row and replays it.

type Executor = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** Serialises the transactions of one client request id; call first, inside the transaction. */
export async function lockClientRequest(executor: Executor, clientRequestId: string): Promise<void> {
  if (dialectOf(executor) !== 'postgres' || !executor.isTransaction) return;
  // Two keys (the namespace "request" and the id's hash) so that no other advisory lock can collide.
  await sql`SELECT pg_advisory_xact_lock(${sql.lit(0x52455155)}, hashtext(${clientRequestId}))`.execute(executor);
}
