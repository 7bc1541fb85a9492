import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0100 creates the override and center-regimen tables, keyed so one field has one center value', async () => {
  const { store, cleanup } = await migratedTo('0100-create-library-overrides');
  try {
    expect(await tableColumns(store, 'library_override')).toEqual([
      'record_kind',
      'record_id',
      'field_path',
      'value_json',
      'shipped_value_json',
      'library_version',
      'reason',
      'saved_at',
      'saved_by',
    ]);
    expect(await tableColumns(store, 'center_regimen')).toEqual([
      'id',
      'record_json',
      'library_version',
      'reason',
      'saved_at',
      'saved_by',
    ]);
    const row = sql`INSERT INTO library_override VALUES ('drug', 'pembrolizumab', 'infusionMinutes.first', '45', '30', '2026.11.1', 'Center policy', '2026-11-27T09:00:00.000Z', NULL)`;
    await row.execute(store.db);
    await expect(row.execute(store.db)).rejects.toThrow(/UNIQUE|PRIMARY KEY/i);
  } finally {
    await cleanup();
  }
});

it('0100 refuses rows that could never be valid', async () => {
  const { store, cleanup } = await migratedTo('0100-create-library-overrides');
  const refused = (query: ReturnType<typeof sql>) =>
    expect(query.execute(store.db)).rejects.toThrow(/constraint|cannot store/i);
  try {
    const at = '2026-11-27T09:00:00.000Z';
    await refused(
      sql`INSERT INTO library_override VALUES ('patient', 'x', 'a', '1', '1', '2026.11.1', 'Policy', ${at}, NULL)`,
    );
    await refused(
      sql`INSERT INTO library_override VALUES ('drug', 'x', 'a', 'not json', '1', '2026.11.1', 'Policy', ${at}, NULL)`,
    );
    await refused(
      sql`INSERT INTO library_override VALUES ('drug', 'x', 'a', '1', '1', '2026.11.1', '  ', ${at}, NULL)`,
    );
    await refused(
      sql`INSERT INTO center_regimen VALUES ('pembrolizumab-200-q3w', '{}', '2026.11.1', 'Policy', ${at}, NULL)`,
    );
    await refused(sql`INSERT INTO center_regimen VALUES ('center:x', '{', '2026.11.1', 'Policy', ${at}, NULL)`);
    await sql`INSERT INTO center_regimen VALUES ('center:x', '{}', '2026.11.1', 'Policy', ${at}, NULL)`.execute(
      store.db,
    );
  } finally {
    await cleanup();
  }
});
