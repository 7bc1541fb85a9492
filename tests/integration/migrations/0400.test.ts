import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

const insert = (initials: string, role: string, clinicalRole: string | null) =>
  sql`INSERT INTO user_account (id, display_name, initials, role, clinical_role, secret_kind, secret_hash, created_at, updated_at)
      VALUES (${`u-${initials}`}, 'Dr Nadia Okafor', ${initials}, ${role}, ${clinicalRole}, 'password', 'scrypt$32768$8$1$c2FsdA==$a2V5', 't', 't')`;

it('0400 adds prescriber and pharmacist as a clinical role on a least-privileged nurse account', async () => {
  const { store, cleanup } = await migratedTo('0400-user-clinical-roles');
  try {
    expect(await tableColumns(store, 'user_account')).toContain('clinical_role');
    await insert('NO', 'nurse', 'prescriber').execute(store.db);
    await insert('PH', 'nurse', 'pharmacist').execute(store.db);
    await insert('MT', 'nurse', null).execute(store.db);
    // A clinical role never rides on a manager's account, and no other clinical role exists.
    await expect(insert('AA', 'admin', 'pharmacist').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(insert('CC', 'charge-nurse', 'prescriber').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(insert('XX', 'nurse', 'surgeon').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(sql`UPDATE user_account SET role = 'admin' WHERE initials = 'NO'`.execute(store.db)).rejects.toThrow(
      /CHECK/,
    );
    const rows = await sql<{ initials: string; clinical_role: string | null }>`
      SELECT initials, clinical_role FROM user_account ORDER BY initials`.execute(store.db);
    expect(rows.rows).toEqual([
      { initials: 'MT', clinical_role: null },
      { initials: 'NO', clinical_role: 'prescriber' },
      { initials: 'PH', clinical_role: 'pharmacist' },
    ]);
  } finally {
    await cleanup();
  }
});
