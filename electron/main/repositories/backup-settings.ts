import type { Executor } from '../services/audit/audit';

// Where backups go, how many are kept and how often they are made: center settings kept in the setting
// table (the values are validated by the backup:configure schema).

export interface BackupSettings {
  folder: string | null;
  keep: number;
  everyHours: number;
}

const KEYS = { folder: 'backupFolder', keep: 'backupKeep', everyHours: 'backupEveryHours' } as const;

export async function readBackupSettings(db: Executor, defaults: BackupSettings): Promise<BackupSettings> {
  const rows = await db
    .selectFrom('setting')
    .select(['key', 'value_json'])
    .where('key', 'in', Object.values(KEYS))
    .execute();
  const value = (key: string) => rows.find((r) => r.key === key)?.value_json;
  const parse = <T>(key: string, fallback: T): T => {
    const raw = value(key);
    return raw === undefined ? fallback : (JSON.parse(raw) as T);
  };
  return {
    folder: parse(KEYS.folder, defaults.folder),
    keep: parse(KEYS.keep, defaults.keep),
    everyHours: parse(KEYS.everyHours, defaults.everyHours),
  };
}

export async function writeBackupSettings(
  db: Executor,
  changes: Partial<BackupSettings>,
  at: string,
  userId: string | null,
): Promise<void> {
  for (const [name, key] of Object.entries(KEYS) as Array<[keyof BackupSettings, string]>) {
    const value = changes[name];
    if (value === undefined) continue;
    const row = { key, value_json: JSON.stringify(value), updated_at: at, updated_by: userId };
    await db
      .insertInto('setting')
      .values(row)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ value_json: row.value_json, updated_at: at, updated_by: userId }),
      )
      .execute();
  }
}
