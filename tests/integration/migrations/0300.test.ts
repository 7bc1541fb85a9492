import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { appendAudit } from '../../../electron/main/repositories/audit';
import { AUDIT_MAC_COLUMNS } from '../../../electron/main/store/audit-mac';
import { BreakList, ChainWalk, GENESIS_HASH } from '../../../electron/main/store/audit-chain';
import { openAndMigrate } from '../../../electron/main/store/migrate';
import type { Store } from '../../../electron/main/store/database';

const key = randomBytes(32);

function walk(store: Store): BreakList {
  const breaks = new BreakList();
  const chain = new ChainWalk(key, breaks);
  const fields = AUDIT_MAC_COLUMNS.map((c) => `CAST(${c} AS BLOB) AS ${c}`).join(', ');
  for (const row of store
    .prepare<Record<string, unknown>>(`SELECT id, chain, hash, ${fields} FROM audit_event ORDER BY id`)
    .all()) {
    chain.push({
      id: row.id as number,
      chain: row.chain as number,
      hash: row.hash as string,
      fields: AUDIT_MAC_COLUMNS.map((c) => (row[c] as Buffer | null) ?? null),
    });
  }
  return breaks;
}

/** An event as versions before 0300 wrote it: SHA-256 of the fields as JSON text. */
async function legacyEvent(store: Store, action: string): Promise<void> {
  const last = await sql<{ hash: string }>`SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1`.execute(store.db);
  const fields = [
    last.rows[0]?.hash ?? GENESIS_HASH,
    '2026-01-01T00:00:00.000Z',
    null,
    'old-ws',
    null,
    action,
    'settings',
    null,
    null,
  ];
  const hash = createHash('sha256').update(JSON.stringify(fields)).digest('hex');
  await sql`INSERT INTO audit_event (prev_hash, at_utc, user_id, workstation, patient_id, action, object_type, object_id, detail, hash)
    VALUES (${fields[0]}, ${fields[1]}, NULL, 'old-ws', NULL, ${action}, 'settings', NULL, NULL, ${hash})`.execute(
    store.db,
  );
}

it('0300 keeps earlier events on the unkeyed chain, seals them with the first keyed event, refuses a downgrade', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-0300-'));
  const path = join(dir, 'db.sqlite3');
  try {
    const old = await openAndMigrate(path, { upTo: '0110-patient-no-double-booking', auditKey: key });
    await legacyEvent(old.store, 'update');
    await legacyEvent(old.store, 'update');
    await old.store.close();
    const { store } = await openAndMigrate(path, { upTo: '0300-audit-keyed-chain', auditKey: key });
    try {
      expect(store.prepare<{ chain: number }>('SELECT chain FROM audit_event ORDER BY id').all()).toEqual([
        { chain: 1 },
        { chain: 1 },
      ]);
      const event = {
        atUtc: '2026-11-27T09:00:00.000Z',
        userId: null,
        workstation: 'ws',
        action: 'update',
        objectType: 'settings',
      };
      await store.db.transaction().execute((trx) => appendAudit(trx, event));
      expect(walk(store).count).toBe(0);
      // Someone appends with the public, unkeyed hash after the keyed events: a downgrade.
      await legacyEvent(store, 'forged');
      expect(walk(store).listed).toEqual([{ kind: 'downgrade', id: 4, detail: expect.any(String) as unknown }]);
      const plan = store
        .prepare<{ detail: string }>(
          "EXPLAIN QUERY PLAN SELECT 1 FROM audit_event WHERE object_type = 'chart_entry' AND object_id = 'x'",
        )
        .all();
      expect(JSON.stringify(plan)).toMatch(/audit_event_object/);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
