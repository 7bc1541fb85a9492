import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo } from '../../support/migrations';

it('0990 serves "the appointments of one plan" from an index, held ones included, instead of a scan', async () => {
  const { store, cleanup } = await migratedTo('0990-appointment-plan-index');
  try {
    for (const status of [sql`status NOT IN ('held', 'cancelled', 'no-show')`, sql`status = 'held'`]) {
      const plan = await sql<{ detail: string }>`EXPLAIN QUERY PLAN
        SELECT * FROM appointment WHERE plan_id = ${'p-1'} AND ${status}`.execute(store.db);
      const details = plan.rows.map((r) => r.detail).join(' | ');
      expect(details).toMatch(/USING INDEX appointment_(plan|live_dose)/);
      expect(details).not.toMatch(/SCAN appointment\b(?! USING)/);
    }
  } finally {
    await cleanup();
  }
});
