import { pgPass, postgresPlan } from '../../support/postgres';
import { sql } from 'kysely';
import { mrnPrefixQuery } from '../../../electron/main/repositories/patients';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { seedPatients } from '../../../electron/main/demo/patients';

// Search runs on every keystroke, so the MRN prefix lookup must use its index rather than scan the table.
// How fast it is, is measured by `npm run bench` (patients), never asserted here.
let t: TestCore;
beforeAll(async () => {
  t = await openTestCore();
  await seedPatients(t.core, { count: 500, today: '2026-11-27', seed: 7 });
}, 120_000);
afterAll(async () => {
  await t.close();
});

it('seeds 500 patients', async () => {
  const row = await sql<{ n: number }>`SELECT count(*) AS n FROM patient`.execute(t.core.store.db);
  expect(row.rows[0]!.n).toBe(500);
});

it('answers every keystroke of an MRN and of a name with at most 20 hits', async () => {
  const keystrokes = ['D', 'DE', 'DEM', 'DEMO', 'DEMO-', 'DEMO-0', 'DEMO-00', 'DEMO-001', 'DEMO-0012', 'DEMO-00123'];
  const names = ['q', 'qu', 'qui', 'quil', 'quill', 'e', 'el', 'elo', 'élod', 'élodi'];
  for (const query of [...keystrokes, ...names, '123', '4567']) {
    const hits = await t.ok('patients:search', { query });
    expect(hits.length).toBeLessThanOrEqual(20);
  }
  expect((await t.ok('patients:search', { query: 'DEMO-' })).length).toBe(20);
});

it.skipIf(pgPass())('looks MRN prefixes up through the mrn_search index, without sorting', () => {
  const query = mrnPrefixQuery(t.core.store.db, 'DEMO001', 20).compile();
  const plan = t.core.store.prepare<{ detail: string }>(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters);
  const details = plan.map((r) => r.detail).join('\n');
  expect(details).toMatch(/SEARCH patient USING INDEX patient_mrn_search \(mrn_search>\? AND mrn_search<\?\)/);
  expect(details).not.toMatch(/TEMP B-TREE/);
});

it.runIf(pgPass())('looks MRN prefixes up through the mrn_search index on PostgreSQL too', async () => {
  const plan = await postgresPlan(t.core.store.db, mrnPrefixQuery(t.core.store.db, 'DEMO001', 20).compile());
  expect(plan).toMatch(/Index Scan using patient_mrn_search on patient/);
  expect(plan).toMatch(/Index Cond: \(\(mrn_search >= .+\) AND \(mrn_search < .+\)\)/);
  expect(plan).not.toMatch(/Sort|Seq Scan/);
});
