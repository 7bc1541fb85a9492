import { sql } from 'kysely';
import type { Executor } from '../services/audit';
import { dialectOf } from '../store/dialect';
import { signedContentHash, signedContentSelect } from '../store/signed-content';

/** The fingerprint of a chart entry as stored (every column read as its bytes): recorded when it is signed. */
export async function storedContentHash(db: Executor, id: string): Promise<string> {
  const row = await sql<
    Record<string, unknown>
  >`SELECT ${sql.raw(signedContentSelect(dialectOf(db)))} FROM chart_entry WHERE id = ${id}`.execute(db);
  if (!row.rows[0]) throw new Error(`chart entry ${id} vanished inside its own transaction`);
  return signedContentHash(row.rows[0]);
}
