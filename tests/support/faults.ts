import { appendAudit } from '../../electron/main/repositories/audit';
import type { Store } from '../../electron/main/store/database';

const isFull = (error: unknown) => {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === 'SQLITE_FULL') return true;
  }
  return false;
};

/**
 * Makes the database "full" the way a full disk does, through SQLite's own limit: max_page_count is frozen at
 * the current size, then a filler table and the audit trail (every write appends to it) take the remaining
 * room, so the next write fails with SQLITE_FULL. `release()` lifts the limit, as freeing disk space does.
 */
export async function fillDatabase(store: Pick<Store, 'prepare' | 'db'>): Promise<{ release: () => void }> {
  store.prepare('CREATE TABLE IF NOT EXISTS fault_filler (x BLOB)').run();
  const pages = store.prepare<{ page_count: number }>('PRAGMA page_count').get()!.page_count;
  store.prepare(`PRAGMA max_page_count = ${pages + 1}`).get();
  const insert = store.prepare('INSERT INTO fault_filler (x) VALUES (zeroblob(?))');
  for (const size of [4000, 1000, 200, 40, 8, 1]) {
    for (let i = 0; i < 10_000; i += 1) {
      try {
        insert.run(size);
      } catch (error) {
        if (!isFull(error)) throw error;
        break;
      }
    }
  }
  for (let i = 0; i < 1_000; i += 1) {
    const event = {
      atUtc: '2026-11-27T09:00:00.000Z',
      userId: null,
      workstation: 'filler',
      action: 'fill',
      objectType: 'fault',
    };
    try {
      await store.db.transaction().execute((trx) => appendAudit(trx, event));
    } catch (error) {
      if (!isFull(error)) throw error;
      break;
    }
  }
  return {
    release: () => {
      store.prepare('PRAGMA max_page_count = 1073741823').get();
    },
  };
}
