import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedCenter, type DemoCenter } from '../../../electron/main/demo/center';
import { seedPatients } from '../../../electron/main/demo/patients';
import { getClinicDay } from '../../../electron/main/services/center/center';
import { weekdayOf } from '../../../shared/center/calendar';
import { openTestCore, type TestCore } from '../../support/core';

let t: TestCore;
let center: DemoCenter;
let patientIds: string[];
beforeAll(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  center = await seedCenter(t.core, { today: '2026-11-27' });
  patientIds = await seedPatients(t.core, { today: '2026-11-27' });
});
afterAll(async () => {
  await t.close();
});

it('sets up 20 chairs (4 of them beds), 6 nurses, weekday hours 08:00–18:00 and two future weekday closures', async () => {
  const setup = await t.ok('center:get-setup', {});
  expect(setup.chairs).toHaveLength(20);
  expect(setup.chairs.filter((c) => c.kind === 'bed')).toHaveLength(4);
  expect(setup.nurses).toHaveLength(6);
  expect(setup.hours.filter((d) => !d.isClosed)).toEqual(
    [1, 2, 3, 4, 5].map((weekday) => ({ weekday, isClosed: false, openMinute: 480, closeMinute: 1080 })),
  );
  expect(setup.closures.map((c) => c.date)).toEqual(center.closures);
  for (const date of center.closures) {
    expect(date > '2026-11-27').toBe(true);
    expect([1, 2, 3, 4, 5]).toContain(weekdayOf(date));
    expect(await getClinicDay(t.core.store.db, date)).toBeNull();
  }
});

it('gives an ordinary Monday all six nurses and twenty chairs', async () => {
  const day = await getClinicDay(t.core.store.db, '2026-11-30');
  expect(day?.chairs).toHaveLength(20);
  expect(day?.nurses).toHaveLength(6);
});

it('creates about 120 fictional patients with varied weights, languages and preferred windows', async () => {
  expect(patientIds).toHaveLength(120);
  const rows = await sql<{ mrn: string; weight_kg: number; preferred_language: string; preferred_window: string }>`
    SELECT mrn, weight_kg, preferred_language, preferred_window FROM patient`.execute(t.core.store.db);
  expect(rows.rows.every((r) => /^DEMO-\d{6}$/.test(r.mrn))).toBe(true);
  const weights = rows.rows.map((r) => r.weight_kg);
  expect(Math.max(...weights) - Math.min(...weights)).toBeGreaterThan(40);
  expect(new Set(rows.rows.map((r) => r.preferred_language))).toEqual(new Set(['en', 'fr']));
  expect(new Set(rows.rows.map((r) => r.preferred_window))).toEqual(new Set(['any', 'morning', 'afternoon']));
});

it('is reproducible: the same seed gives the same patients', async () => {
  const again = await openTestCore('2026-11-27T09:00:00Z');
  try {
    await seedPatients(again.core, { today: '2026-11-27', count: 5 });
    const first = await t.ok('patients:search', { query: 'DEMO-00000' });
    const second = await again.ok('patients:search', { query: 'DEMO-00000' });
    const strip = (list: typeof first) => list.slice(0, 5).map(({ id: _id, ...rest }) => rest);
    expect(strip(second)).toEqual(strip(first));
  } finally {
    await again.close();
  }
});

it('scales to a larger center on request, one place in five a bed', async () => {
  const big = await openTestCore('2026-11-27T09:00:00Z');
  try {
    const { chairIds } = await seedCenter(big.core, { today: '2026-11-27', chairs: 40 });
    expect(chairIds).toHaveLength(40);
    const { chairs } = await big.ok('center:get-setup', {});
    expect(chairs.filter((c) => c.kind === 'bed')).toHaveLength(8);
  } finally {
    await big.close();
  }
});
