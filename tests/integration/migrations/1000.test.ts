import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Store } from '../../../electron/main/store/database';
import { openAndMigrate } from '../../../electron/main/store/migrate';
import { tableColumns } from '../../support/migrations';

// 1000 puts a reason's code and values beside its text on the three tables that keep reasons the app writes.

const CODE = '{"grade":3,"date":"2026-11-20"}';

async function seedHeldPlan(db: Store['db']) {
  await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
    VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`.execute(
    db,
  );
  await sql`INSERT INTO treatment_plan (id, patient_id, kind, regimen_id, regimen_name, library_version, start_date, status, status_reason, created_at, updated_at)
    VALUES ('tp1', 'p1', 'regimen', 'pembrolizumab-200-q3w', 'Pembrolizumab', '2026.11.1', '2026-11-20', 'on-hold', 'Grade 3 infusion-related reaction', 'x', 'x')`.execute(
    db,
  );
  await sql`INSERT INTO plan_dose (plan_id, dose_number, cycle, kind, target_date, items_json, premedication_json, is_first_dose, unverified_json)
    VALUES ('tp1', 1, 1, 'treatment', '2026-12-11', '[]', '[]', 0, '[]')`.execute(db);
  await sql`INSERT INTO appointment (id, plan_id, dose_number, patient_id, chair_id, date, start_minute, end_minute, status, created_at, updated_at)
    VALUES ('a1', 'tp1', 1, 'p1', 'c1', '2026-12-11', 540, 600, 'held', 'x', 'x')`.execute(db);
  await sql`INSERT INTO appointment_event (appointment_id, at_utc, workstation, action, reason)
    VALUES ('a1', 'x', 'w', 'hold', 'Grade 3 infusion-related reaction')`.execute(db);
  await sql`INSERT INTO plan_status_event (plan_id, at_utc, workstation, action, from_status, to_status, reason, source)
    VALUES ('tp1', 'x', 'w', 'hold', 'active', 'on-hold', 'Grade 3 infusion-related reaction', 'reaction')`.execute(db);
}

it('1000 adds a code and values beside each stored reason: older rows keep their text, values need a code', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-1000-'));
  const path = join(dir, 'db.sqlite3');
  try {
    const old = await openAndMigrate(path, { upTo: '0990-appointment-plan-index' });
    await seedHeldPlan(old.store.db);
    await old.store.close();
    const { store } = await openAndMigrate(path, { upTo: '1000-reason-codes' });
    try {
      expect((await tableColumns(store, 'appointment_event')).slice(-2)).toEqual(['reason_code', 'reason_params_json']);
      expect((await tableColumns(store, 'plan_status_event')).slice(-2)).toEqual(['reason_code', 'reason_params_json']);
      expect((await tableColumns(store, 'treatment_plan')).slice(-2)).toEqual([
        'status_reason_code',
        'status_reason_params_json',
      ]);
      // A reason written before 1000 keeps its text and has no code: the screens show the text.
      const before = await sql<{ reason: string; reason_code: string | null }>`
        SELECT reason, reason_code FROM appointment_event`.execute(store.db);
      expect(before.rows).toEqual([{ reason: 'Grade 3 infusion-related reaction', reason_code: null }]);
      const event = (code: string | null, params: string | null) =>
        sql`INSERT INTO appointment_event (appointment_id, at_utc, workstation, action, reason, reason_code, reason_params_json)
          VALUES ('a1', 'y', 'w', 'cancel', 'Grade 3', ${code}, ${params})`.execute(store.db);
      await event('reaction-discontinue', CODE);
      await expect(event(null, CODE)).rejects.toThrow(/CHECK/);
      await expect(event('reaction-discontinue', '{grade: 3')).rejects.toThrow(/CHECK/);
      await expect(event('x', null)).rejects.toThrow(/CHECK/);
      // The history stays append-only.
      await expect(sql`UPDATE appointment_event SET reason_code = 'held-at-chair'`.execute(store.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(
        sql`UPDATE treatment_plan SET status_reason_params_json = ${CODE} WHERE id = 'tp1'`.execute(store.db),
      ).rejects.toThrow(/CHECK/);
      await sql`UPDATE treatment_plan SET status_reason_code = 'reaction-discontinue', status_reason_params_json = ${CODE}`.execute(
        store.db,
      );
      await expect(
        sql`INSERT INTO plan_status_event (plan_id, at_utc, workstation, action, from_status, to_status, reason, source, reason_params_json)
          VALUES ('tp1', 'y', 'w', 'hold', 'on-hold', 'on-hold', 'Again', 'irae', ${CODE})`.execute(store.db),
      ).rejects.toThrow(/CHECK/);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
