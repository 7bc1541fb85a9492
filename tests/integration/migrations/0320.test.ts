import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openAndMigrate } from '../../../electron/main/store/migrate';

it('0320 keys chair names by one normalised key with a UNIQUE index, keeping existing names and clashes apart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-0320-'));
  const path = join(dir, 'db.sqlite3');
  try {
    const old = await openAndMigrate(path, { upTo: '0310-account-secret-policy' });
    await sql`INSERT INTO chair (id, name, sort_order) VALUES ('c1', 'İstanbul', 1), ('c2', 'Salle Été', 2), ('c3', 'Salle Ete', 3)`.execute(
      old.store.db,
    );
    await old.store.close();
    const { store } = await openAndMigrate(path, { upTo: '0320-chair-name-key' });
    try {
      const rows = await sql<{
        id: string;
        name: string;
        name_key: string;
      }>`SELECT id, name, name_key FROM chair ORDER BY id`.execute(store.db);
      expect(rows.rows).toEqual([
        { id: 'c1', name: 'İstanbul', name_key: 'istanbul' },
        { id: 'c2', name: 'Salle Été', name_key: 'salle ete' },
        { id: 'c3', name: 'Salle Ete', name_key: 'salle ete#c3' },
      ]);
      await expect(
        sql`INSERT INTO chair (id, name, name_key) VALUES ('c4', 'ISTANBUL', 'istanbul')`.execute(store.db),
      ).rejects.toThrow(/UNIQUE/);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
