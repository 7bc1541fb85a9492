import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo } from '../../support/migrations';

type Store = Awaited<ReturnType<typeof migratedTo>>['store'];

async function seed(store: Store) {
  await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
    VALUES ('p1', 'DEMO-1', 'DEMO1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 'x', 'x')`.execute(
    store.db,
  );
  await sql`INSERT INTO treatment_plan (id, patient_id, kind, regimen_id, regimen_name, library_version, start_date, created_at, updated_at)
    VALUES ('tp1', 'p1', 'regimen', 'r', 'R', '2026.11.1', '2026-11-30', 'x', 'x')`.execute(store.db);
  for (const [id, role, clinical] of [
    ['rx', 'nurse', 'prescriber'],
    ['ph', 'nurse', 'pharmacist'],
    ['rn', 'nurse', null],
  ] as const) {
    await sql`INSERT INTO user_account (id, display_name, initials, role, clinical_role, secret_kind, secret_hash, created_at, updated_at)
      VALUES (${id}, ${id}, ${id.toUpperCase()}, ${role}, ${clinical}, 'pin', 'scrypt$32768$8$1$c2FsdA==$a2V5', 't', 't')`.execute(
      store.db,
    );
  }
}

const order = (id: string, first: number, last: number, extra = sql``) =>
  sql`INSERT INTO plan_order (id, plan_id, first_dose, last_dose, source, prescriber_id, prescriber_name, entered_by, entered_at, status ${extra})
      VALUES (${id}, 'tp1', ${first}, ${last}, 'prescriber', 'rx', 'Dr Rx', 'rx', 't', 'awaiting-verification')`;
const line = (orderId: string, n = 1) =>
  sql`INSERT INTO plan_order_line (order_id, line_number, drug_id, drug_name, dose_mg, dose_text, route, infusion_minutes)
      VALUES (${orderId}, ${n}, 'pembrolizumab', 'Pembrolizumab (Keytruda)', 200, '200 mg', 'IV', 30)`;

it('0410 keeps one current order per dose, frozen once written, verified by someone else, never deleted', async () => {
  const { store, cleanup } = await migratedTo('0410-create-plan-orders');
  try {
    await seed(store);
    await order('o1', 1, 3).execute(store.db);
    await line('o1').execute(store.db);
    await expect(order('o2', 3, 4).execute(store.db)).rejects.toThrow(/order-overlap/);
    await order('o2', 4, 4).execute(store.db);
    // Nothing of an order's content changes, and its lines neither.
    await expect(sql`UPDATE plan_order SET last_dose = 2 WHERE id = 'o1'`.execute(store.db)).rejects.toThrow(
      /never edited/,
    );
    await expect(sql`UPDATE plan_order_line SET dose_mg = 400`.execute(store.db)).rejects.toThrow(/never edited/);
    await expect(sql`DELETE FROM plan_order WHERE id = 'o2'`.execute(store.db)).rejects.toThrow(/kept/);
    // The prescriber cannot verify her own order; a pharmacist can, once.
    const verify = (by: string) =>
      sql`UPDATE plan_order SET status = 'verified', verified_by = ${by}, verified_at = 't2' WHERE id = 'o1'`;
    await expect(verify('rx').execute(store.db)).rejects.toThrow(/CHECK/);
    await verify('ph').execute(store.db);
    await expect(line('o1', 2).execute(store.db)).rejects.toThrow(/never edited/);
    await expect(sql`UPDATE plan_order SET verified_by = 'rn' WHERE id = 'o1'`.execute(store.db)).rejects.toThrow(
      /never edited/,
    );
    await expect(
      sql`UPDATE plan_order SET status = 'awaiting-verification', verified_by = NULL, verified_at = NULL WHERE id = 'o1'`.execute(
        store.db,
      ),
    ).rejects.toThrow();
    // A replacement: the old one is closed with a reason and points at the new one (checked at commit).
    await store.db.transaction().execute(async (trx) => {
      await sql`UPDATE plan_order SET status = 'replaced', closed_by = 'rx', closed_at = 't3', closed_reason = 'Weight changed', replaced_by = 'o3' WHERE id = 'o1'`.execute(
        trx,
      );
      await order('o3', 1, 3).execute(trx);
    });
    await expect(sql`UPDATE plan_order SET status = 'verified' WHERE id = 'o1'`.execute(store.db)).rejects.toThrow(
      /no longer change/,
    );
    await expect(
      sql`UPDATE plan_order SET status = 'replaced', closed_by = 'rx', closed_at = 't', closed_reason = 'x', replaced_by = 'nope' WHERE id = 'o2'`.execute(
        store.db,
      ),
    ).rejects.toThrow(/FOREIGN KEY|CHECK/);
    // An external order needs its reference and the nurse's read-back.
    const external = (ref: string | null, readBack: string | null) =>
      sql`INSERT INTO plan_order (id, plan_id, first_dose, last_dose, source, prescriber_name, external_reference, read_back_by, entered_by, entered_at, status)
          VALUES ('o5', 'tp1', 5, 5, 'external', 'Dr Okafor', ${ref}, ${readBack}, 'rn', 't', 'awaiting-verification')`;
    await expect(external(null, 'rn').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(external('RX-1', null).execute(store.db)).rejects.toThrow(/CHECK/);
    await external('RX-1', 'rn').execute(store.db);
    // A prescriber's order is her own account's: never anonymous.
    await expect(
      sql`INSERT INTO plan_order (id, plan_id, first_dose, last_dose, source, prescriber_name, entered_by, entered_at, status)
          VALUES ('o6', 'tp1', 6, 6, 'prescriber', 'Dr Rx', 'rn', 't', 'awaiting-verification')`.execute(store.db),
    ).rejects.toThrow(/CHECK/);
    const current = await sql<{
      id: string;
    }>`SELECT id FROM plan_order WHERE status IN ('awaiting-verification', 'verified') ORDER BY id`.execute(store.db);
    expect(current.rows.map((r) => r.id)).toEqual(['o2', 'o3', 'o5']);
  } finally {
    await cleanup();
  }
});
