import type { Executor } from '../store/executor';
import type { SettingRow } from '../store/schema';

/** One center setting's row (its JSON text), or undefined when it was never set. */
export async function findSettingRow(db: Executor, key: string): Promise<SettingRow | undefined> {
  return db.selectFrom('setting').selectAll().where('key', '=', key).executeTakeFirst();
}

/** One setting's stored value, parsed from its JSON; undefined when it was never set. */
export async function readSettingValue(db: Executor, key: string): Promise<unknown> {
  const row = await db.selectFrom('setting').select('value_json').where('key', '=', key).executeTakeFirst();
  return row === undefined ? undefined : (JSON.parse(row.value_json) as unknown);
}

/** Every stored setting, parsed, by key. */
export async function readAllSettingValues(db: Executor): Promise<Record<string, unknown>> {
  const rows = await db.selectFrom('setting').select(['key', 'value_json']).execute();
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value_json) as unknown]));
}

/** Writes one setting (created or replaced), stamped with who changed it and when. */
export async function saveSettingValue(
  db: Executor,
  key: string,
  value: unknown,
  at: string,
  by: string | null,
): Promise<void> {
  const value_json = JSON.stringify(value);
  await db
    .insertInto('setting')
    .values({ key, value_json, updated_at: at, updated_by: by })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json, updated_at: at, updated_by: by }))
    .execute();
}

/** Writes a setting that must not exist yet (a second writer fails on the key instead of overwriting). */
export async function insertSettingValue(db: Executor, key: string, value: unknown, at: string): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key, value_json: JSON.stringify(value), updated_at: at, updated_by: null })
    .execute();
}
