import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo, tableColumns } from '../../support/migrations';

const insert = (initials: string, hash = 'scrypt$32768$8$1$c2FsdA==$a2V5') =>
  sql`INSERT INTO user_account (id, display_name, initials, role, secret_kind, secret_hash, created_at, updated_at)
      VALUES (${`u-${initials}`}, 'Marie Tremblay', ${initials}, 'nurse', 'pin', ${hash}, 't', 't')`;

it('0070 creates user accounts: unique upper-case initials, a scrypt hash only, never deleted', async () => {
  const { store, cleanup } = await migratedTo('0070-create-user-accounts');
  try {
    expect(await tableColumns(store, 'user_account')).toEqual(
      expect.arrayContaining(['secret_hash', 'failed_attempts', 'locked_until', 'active', 'role', 'secret_kind']),
    );
    await insert('MT').execute(store.db);
    await expect(insert('MT').execute(store.db)).rejects.toThrow(/UNIQUE/);
    await expect(insert('mt').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(insert('JD', '482913').execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(sql`UPDATE user_account SET role = 'root'`.execute(store.db)).rejects.toThrow(/CHECK/);
    await expect(sql`DELETE FROM user_account`.execute(store.db)).rejects.toThrow(/never deleted/);
    await sql`UPDATE user_account SET active = 0`.execute(store.db);
  } finally {
    await cleanup();
  }
});
