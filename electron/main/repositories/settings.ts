import type { Executor } from '../services/audit/audit';
import type { SettingRow } from '../store/schema';

/** One center setting's row (its JSON text), or undefined when it was never set. */
export async function findSettingRow(db: Executor, key: string): Promise<SettingRow | undefined> {
  return db.selectFrom('setting').selectAll().where('key', '=', key).executeTakeFirst();
}
