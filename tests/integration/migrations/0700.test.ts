import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migratedTo } from '../../support/migrations';

it('0700 serves "signed entries of one kind since a date" from an index instead of a scan of the chart', async () => {
  const { store, cleanup } = await migratedTo('0700-report-indexes');
  try {
    const plan = await sql<{ detail: string }>`EXPLAIN QUERY PLAN
      SELECT entry_id FROM chart_entry WHERE kind = 'irae' AND status = 'signed' AND signed_at >= '2026-01-01'`.execute(
      store.db,
    );
    const details = plan.rows.map((r) => r.detail).join(' | ');
    expect(details).toContain('USING INDEX chart_entry_kind_signed');
    expect(details).not.toMatch(/SCAN chart_entry\b(?! USING)/);
  } finally {
    await cleanup();
  }
});
