import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0610 keeps each drug step once per visit, append-only, with the wait only on delivery', async () => {
  const { store, cleanup } = await migratedTo('0610-create-drug-preparation');
  try {
    expect(await tableColumns(store, 'drug_preparation_event')).toEqual(
      expect.arrayContaining(['appointment_id', 'step', 'at_utc', 'clock_minute', 'user_id', 'wait_minutes']),
    );
    await sql`PRAGMA foreign_keys = OFF`.execute(store.db);
    const step = (name: string, wait: number | null = null) =>
      sql`INSERT INTO drug_preparation_event (appointment_id, step, at_utc, clock_minute, workstation, wait_minutes)
          VALUES ('a1', ${name}, 't', 540, 'ws', ${wait})`;
    await step('verified').execute(store.db);
    await expect(step('verified').execute(store.db)).rejects.toThrow(/UNIQUE/);
    await expect(step('ordered').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(step('mixed').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(step('ready', 5).execute(store.db)).rejects.toThrow(/CHECK/);
    await step('delivered', 12).execute(store.db);
    await expect(sql`UPDATE drug_preparation_event SET wait_minutes = 0`.execute(store.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM drug_preparation_event`.execute(store.db)).rejects.toThrow(/append-only/);
  } finally {
    await cleanup();
  }
});
