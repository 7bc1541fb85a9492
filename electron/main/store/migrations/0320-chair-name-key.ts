import { sql, type Kysely } from 'kysely';
import { uniqueKey } from '../unique-key';

// Chair names are unique by one normalised key (store/unique-key.ts) held in its own column with a UNIQUE
// index, so the service's check and the database agree ("İstanbul" twice is a conflict, not an internal
// error). Existing rows get their key here; should two existing names share a key, the later one's key is
// made distinct with its id (names are left as they are: a center renames one of them).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE chair ADD COLUMN name_key TEXT NOT NULL DEFAULT ''`.execute(db);
  const chairs = await sql<{ id: string; name: string }>`SELECT id, name FROM chair ORDER BY sort_order, id`.execute(
    db,
  );
  const taken = new Set<string>();
  for (const chair of chairs.rows) {
    let key = uniqueKey(chair.name);
    if (taken.has(key)) key = `${key}#${chair.id}`;
    taken.add(key);
    await sql`UPDATE chair SET name_key = ${key} WHERE id = ${chair.id}`.execute(db);
  }
  await sql`CREATE UNIQUE INDEX chair_name_key ON chair (name_key)`.execute(db);
}
