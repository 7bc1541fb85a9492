import { sql } from 'kysely';
import { asBytes } from '../store/audit-mac';
import type { Executor } from '../store/executor';
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

/** Signed entries with no keyed signature event (signed before 0300), each with its content as stored. */
export async function unsealedSignedEntries(db: Executor): Promise<Array<[string, string]>> {
  const rows = await sql<
    Record<string, unknown>
  >`SELECT ${sql.raw(signedContentSelect(dialectOf(db)))} FROM chart_entry c
    WHERE c.status = 'signed' AND NOT EXISTS (
      SELECT 1 FROM audit_event a WHERE a.object_type = 'chart_entry' AND a.object_id = c.id
        AND a.action IN ('sign', 'correct') AND a.chain = 2)
    ORDER BY c.id`.execute(db);
  return rows.rows.map((row): [string, string] => [asBytes(row.id)!.toString('utf8'), signedContentHash(row)]);
}
