import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0500 keeps lab results as typed (only ever voided, once, with a reason), consent per plan and prescriber releases, append-only', async () => {
  const { store, cleanup } = await migratedTo('0500-create-lab-results');
  try {
    await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
      VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`.execute(
      store.db,
    );
    await sql`INSERT INTO treatment_plan (id, patient_id, kind, regimen_id, regimen_name, library_version, start_date, created_at, updated_at)
      VALUES ('tp1', 'p1', 'regimen', 'r', 'R', '2026.11.1', '2026-11-30', 'x', 'x')`.execute(store.db);
    expect(await tableColumns(store, 'lab_result')).toEqual(
      expect.arrayContaining(['value_text', 'unit', 'ref_low', 'ref_high', 'drawn_at', 'entered_by', 'entry_method']),
    );
    const lab = (id: string, method = 'hand') =>
      sql`INSERT INTO lab_result (id, patient_id, analyte, drawn_at, value_text, value_number, unit, entry_method, entered_at, workstation)
          VALUES (${id}, 'p1', 'creatinine', '2026-11-29T08:00', '1.2', 1.2, 'mg/dL', ${method}, 't', 'ws')`;
    await lab('l1').execute(store.db);
    await expect(lab('l2', 'fax').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(sql`UPDATE lab_result SET value_text = '2.1'`.execute(store.db)).rejects.toThrow(/only ever voided/);
    await expect(sql`UPDATE lab_result SET voided_at = 't'`.execute(store.db)).rejects.toThrow(/only ever voided/);
    await sql`UPDATE lab_result SET voided_at = 't', voided_by = NULL, void_reason = 'wrong patient'`.execute(store.db);
    await expect(sql`UPDATE lab_result SET void_reason = 'again'`.execute(store.db)).rejects.toThrow(
      /only ever voided/,
    );
    await expect(sql`DELETE FROM lab_result`.execute(store.db)).rejects.toThrow(/never deleted/);

    const consent = (type: string) =>
      sql`INSERT INTO plan_consent (id, plan_id, consent_date, consent_type, obtained_by, recorded_at, workstation)
          VALUES (${type}, 'tp1', '2026-11-20', ${type}, 'Dr Okafor', 't', 'ws')`;
    await consent('written').execute(store.db);
    await expect(consent('implied').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(sql`UPDATE plan_consent SET obtained_by = 'x'`.execute(store.db)).rejects.toThrow(/append-only/);

    expect(await tableColumns(store, 'ready_release')).toEqual(
      expect.arrayContaining(['prescriber_name', 'reason', 'ordered_at', 'released_reasons', 'entered_by']),
    );
  } finally {
    await cleanup();
  }
});
