import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0040 creates the center tables, weekday hours and the one row of default limits', async () => {
  const { store, cleanup } = await migratedTo('0040-create-center-setup');
  try {
    for (const table of [
      'chair',
      'opening_hours',
      'closure',
      'nurse',
      'nurse_shift',
      'nurse_shift_override',
      'center_limits',
    ]) {
      expect((await tableColumns(store, table)).length, table).toBeGreaterThan(1);
    }
    const hours = await sql<{
      weekday: number;
      is_closed: number;
    }>`SELECT weekday, is_closed FROM opening_hours ORDER BY weekday`.execute(store.db);
    expect(hours.rows.map((r) => r.is_closed)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    const limits = await sql<Record<string, number>>`SELECT * FROM center_limits`.execute(store.db);
    expect(limits.rows).toEqual([
      expect.objectContaining({ id: 1, max_patients_per_nurse: 4, max_starts_per_nurse_per_slot: 1, slot_minutes: 15 }),
    ]);
  } finally {
    await cleanup();
  }
});

it('0040 refuses impossible setups in the database itself', async () => {
  const { store, cleanup } = await migratedTo('0040-create-center-setup');
  const refused = (query: ReturnType<typeof sql>) =>
    expect(query.execute(store.db)).rejects.toThrow(/constraint|cannot store/i);
  try {
    await sql`INSERT INTO chair (id, name) VALUES ('c1', 'Chair 1')`.execute(store.db);
    await refused(sql`INSERT INTO chair (id, name) VALUES ('c2', 'CHAIR 1')`);
    await refused(sql`INSERT INTO chair (id, name, kind) VALUES ('c3', 'Sofa', 'sofa')`);
    await refused(sql`UPDATE opening_hours SET open_minute = 600, close_minute = 540 WHERE weekday = 1`);
    await refused(sql`UPDATE opening_hours SET close_minute = 1500 WHERE weekday = 1`);
    await refused(sql`INSERT INTO closure (date, reason) VALUES ('2026-12-25', '  ')`);
    await refused(
      sql`INSERT INTO nurse_shift (nurse_id, weekday, start_minute, end_minute) VALUES ('nobody', 1, 480, 960)`,
    );
    await sql`INSERT INTO nurse (id, display_name, initials) VALUES ('n1', 'Avery Quillfeather', 'AQ')`.execute(
      store.db,
    );
    await refused(
      sql`INSERT INTO nurse_shift (nurse_id, weekday, start_minute, end_minute) VALUES ('n1', 7, 480, 960)`,
    );
    await refused(
      sql`INSERT INTO nurse_shift_override (date, nurse_id, is_off, start_minute, end_minute) VALUES ('2026-12-01', 'n1', 1, 480, 960)`,
    );
    await refused(sql`INSERT INTO center_limits (id) VALUES (2)`);
    await refused(sql`UPDATE center_limits SET slot_minutes = 7`);
    await refused(sql`UPDATE center_limits SET max_patients_per_nurse = 0`);
  } finally {
    await cleanup();
  }
});
