import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

it('0080 creates chart entries whose signed rows the database itself refuses to change', async () => {
  const { store, cleanup } = await migratedTo('0080-create-chart-entries');
  const db = store.db;
  try {
    expect(await tableColumns(store, 'chart_entry')).toEqual(
      expect.arrayContaining([
        'entry_id',
        'status',
        'version',
        'supersedes_id',
        'payload',
        'signed_by',
        'correction_reason',
        'client_request_id',
      ]),
    );
    await sql`INSERT INTO patient (id, mrn, mrn_search, family_name, given_name, search_name, birth_date, sex, preferred_language, created_at, updated_at)
              VALUES ('p1', 'MRN1', 'mrn1', 'Quillfeather', 'Hélène', 'quillfeather helene', '1961-03-12', 'female', 'fr', 't', 't')`.execute(
      db,
    );
    await sql`INSERT INTO user_account (id, display_name, initials, role, secret_kind, secret_hash, created_at, updated_at)
              VALUES ('u1', 'Marie Tremblay', 'MT', 'nurse', 'pin', 'scrypt$x', 't', 't')`.execute(db);
    const entry = (id: string, status: string, extra = sql``) =>
      sql`INSERT INTO chart_entry (id, entry_id, patient_id, kind, status, version, payload, author_id, created_at, updated_at,
            signed_by, signed_at, client_request_id)
          VALUES (${id}, ${id}, 'p1', 'assessment', ${status}, 1, '{"text":"ok"}', 'u1', 't', 't',
            ${status === 'signed' ? 'u1' : null}, ${status === 'signed' ? 't' : null}, ${`r-${id}`}) ${extra}`;
    await entry('d1', 'draft').execute(db);
    await sql`UPDATE chart_entry SET payload = '{"text":"autosaved"}' WHERE id = 'd1'`.execute(db);
    await expect(sql`UPDATE chart_entry SET patient_id = 'p2' WHERE id = 'd1'`.execute(db)).rejects.toThrow(
      /keeps its id, patient/,
    );
    await sql`UPDATE chart_entry SET status = 'signed', signed_by = 'u1', signed_at = 't' WHERE id = 'd1'`.execute(db);
    await expect(sql`UPDATE chart_entry SET payload = '{}' WHERE id = 'd1'`.execute(db)).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(sql`DELETE FROM chart_entry WHERE id = 'd1'`.execute(db)).rejects.toThrow(/cannot be deleted/);
    // A signed row without a signer, a payload that is not an object, a draft correction: refused by CHECKs.
    await expect(
      sql`INSERT INTO chart_entry (id, entry_id, patient_id, kind, status, version, payload, author_id, created_at, updated_at, client_request_id)
                     VALUES ('s2', 's2', 'p1', 'assessment', 'signed', 1, '{}', 'u1', 't', 't', 'r-s2')`.execute(db),
    ).rejects.toThrow(/CHECK/);
    await expect(
      sql`INSERT INTO chart_entry (id, entry_id, patient_id, kind, status, version, payload, author_id, created_at, updated_at, client_request_id)
                     VALUES ('s3', 's3', 'p1', 'assessment', 'draft', 1, '[1]', 'u1', 't', 't', 'r-s3')`.execute(db),
    ).rejects.toThrow(/CHECK/);
    await expect(entry('d1', 'draft').execute(db)).rejects.toThrow(/UNIQUE/);
    // The correction: version 2 of the same entry, signed, with a reason; only once per version.
    const correction = (id: string) =>
      sql`INSERT INTO chart_entry (id, entry_id, patient_id, kind, status, version, supersedes_id, payload, author_id, created_at, updated_at,
            signed_by, signed_at, correction_reason, client_request_id)
          VALUES (${id}, 'd1', 'p1', 'assessment', 'signed', 2, 'd1', '{"text":"fixed"}', 'u1', 't', 't', 'u1', 't', 'Typo', ${`r-${id}`})`;
    await correction('c1').execute(db);
    await expect(correction('c2').execute(db)).rejects.toThrow(/UNIQUE/);
  } finally {
    await cleanup();
  }
});
