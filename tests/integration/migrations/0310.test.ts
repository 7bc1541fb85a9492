import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAndMigrate } from '../../../electron/main/store/migrate';
import { tableColumns } from '../../support/migrations';

const account = (initials: string, kind: string) =>
  sql`INSERT INTO user_account (id, display_name, initials, role, secret_kind, secret_hash, created_at, updated_at)
      VALUES (${`u-${initials}`}, 'Marie Tremblay', ${initials}, 'nurse', ${kind}, 'scrypt$32768$8$1$c2FsdA==$a2V5', 't', 't')`;

async function upgrade(
  kind: string | null,
): Promise<{ columns: string[]; pinSignIn: string | null; mustChange: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-0310-'));
  const path = join(dir, 'db.sqlite3');
  try {
    const old = await openAndMigrate(path, { upTo: '0300-audit-keyed-chain' });
    if (kind) await account('MT', kind).execute(old.store.db);
    await old.store.close();
    const { store } = await openAndMigrate(path, { upTo: '0310-account-secret-policy' });
    try {
      const setting = await sql<{ value_json: string }>`SELECT value_json FROM setting WHERE key = 'pinSignIn'`.execute(
        store.db,
      );
      const flags = await sql<{ must_change_secret: number }>`SELECT must_change_secret FROM user_account`.execute(
        store.db,
      );
      if (kind)
        await expect(sql`UPDATE user_account SET must_change_secret = 2`.execute(store.db)).rejects.toThrow(/CHECK/);
      return {
        columns: await tableColumns(store, 'user_account'),
        pinSignIn: setting.rows[0]?.value_json ?? null,
        mustChange: flags.rows.map((r) => r.must_change_secret),
      };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

it('0310 adds must_change_secret (0 for existing accounts) and keeps PIN sign-in on only where PIN accounts exist', async () => {
  const withPin = await upgrade('pin');
  expect(withPin.columns).toContain('must_change_secret');
  expect(withPin).toMatchObject({ pinSignIn: 'true', mustChange: [0] });
  expect(await upgrade('password')).toMatchObject({ pinSignIn: null, mustChange: [0] });
  expect(await upgrade(null)).toMatchObject({ pinSignIn: null, mustChange: [] });
});
