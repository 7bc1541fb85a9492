import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/main/core/create-core';
import { fixedClock } from '../../../electron/main/core/clock';
import { verifyCenterAudit } from '../../../electron/main/store/audit-verify-center';
import { ADMIN, NURSE, registerTestChartKinds } from '../../support/auth';
import { killLiveChildren, startChild, type ChildLine } from '../../support/fault-runner';
import { makePatient } from '../../support/patients';
import { describeWithPostgres, freshCenterDatabase, TEST_CENTER_KEY, type TestDatabase } from '../../support/postgres';

// Four workstations, each a process with its own core, on one center database: they book the same doses on
// the same chairs at the same times, move their bookings and sign chart entries for a bounded time. The
// database must end with no chair or patient double booked, no `internal` answer, the audit chain intact and
// every write a workstation was told was committed present. The figures are printed.

const WORKSTATIONS = 4;
const RUN_MS = 8_000;

describeWithPostgres('four workstations on one center database', () => {
  let db: TestDatabase;
  let core: Core;
  const ids = { plans: [] as string[], chairs: [] as string[], patients: [] as string[] };

  const ok = async (channel: string, input: unknown) => {
    const result = await core.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as { id: string };
  };

  beforeAll(async () => {
    registerTestChartKinds();
    db = await freshCenterDatabase();
    core = await createCore({
      databasePath: db.url,
      centerKey: TEST_CENTER_KEY,
      clock: fixedClock('2026-11-27T09:00:00Z'),
      authPolicy: { pinSignIn: true },
      checkpointEveryMinutes: 0,
      workstation: 'setup',
    });
    await ok('auth:setup-admin', ADMIN);
    await ok('users:create', NURSE);
    for (const name of ['Chair 1', 'Chair 2', 'Chair 3']) ids.chairs.push((await ok('center:save-chair', { name })).id);
    const nurse = await ok('center:save-nurse', { displayName: 'Nurse 1', initials: 'N1' });
    const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 420, endMinute: 1080 }));
    await ok('center:save-shifts', { nurseId: nurse.id, shifts });
    await ok('auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
    for (let i = 0; i < 10; i += 1) {
      const patient = await ok('patients:create', makePatient({ mrn: `WS-${i}`, familyName: `Station${i}` }));
      ids.patients.push(patient.id);
      const plan = await ok('plans:create', {
        kind: 'regimen',
        patientId: patient.id,
        regimenId: 'pembrolizumab-200-q3w',
        startDate: '2026-11-30',
        maxDoses: 1,
      });
      ids.plans.push(plan.id);
    }
  });
  afterAll(async () => {
    killLiveChildren();
    await core?.close();
    await db?.drop();
  });

  it(`keeps ${WORKSTATIONS} concurrent workstations consistent: no double booking, no internal, chain intact`, async () => {
    const args = (seed: number) => [
      '--import',
      'tsx',
      'tests/support/workstation-child.ts',
      ...['--db', db.url, '--plans', ids.plans.join(','), '--chairs', ids.chairs.join(',')],
      ...['--patients', ids.patients.join(','), '--seed', String(seed + 1), '--ms', String(RUN_MS)],
    ];
    const children = Array.from({ length: WORKSTATIONS }, (_, i) => startChild(process.execPath, args(i)));
    const exits = await Promise.all(children.map((c) => c.exited));
    for (const [i, exit] of exits.entries()) expect(exit.code, children[i]!.stderr()).toBe(0);
    const lines: ChildLine[] = children.flatMap((c) => c.lines);

    const overlaps = await sql<{ n: number }>`SELECT count(*) AS n FROM appointment a JOIN appointment b
      ON a.id < b.id AND a.date = b.date AND (a.chair_id = b.chair_id OR a.patient_id = b.patient_id)
      AND a.start_minute < b.end_minute AND b.start_minute < a.end_minute
      WHERE a.status NOT IN ('held', 'cancelled', 'no-show') AND b.status NOT IN ('held', 'cancelled', 'no-show')`.execute(
      core.store.db,
    );
    const committed = lines.filter((l) => l.t === 'ok');
    const missing = [];
    for (const line of committed.filter((l) => l.kind === 'appointment' || l.kind === 'signed-entry')) {
      const table = line.kind === 'appointment' ? 'appointment' : 'chart_entry';
      const found = await sql`SELECT 1 FROM ${sql.table(table)} WHERE id = ${line.id}`.execute(core.store.db);
      if (found.rows.length === 0) missing.push(line.id);
    }
    const refusals: Record<string, number> = {};
    for (const r of lines.filter((l) => l.t === 'refused')) refusals[r.code!] = (refusals[r.code!] ?? 0) + 1;
    const invalid = new Set(lines.filter((l) => l.code === 'invalid').map((l) => `${l.channel}: ${l.message}`));
    if (invalid.size > 0) console.log([...invalid].slice(0, 5));
    const internal = lines.filter((l) => l.t === 'refused' && l.code === 'internal');
    const audit = await verifyCenterAudit(core.store.db, core.deps.secure.keys.auditKey);
    const count = (kind: string) => committed.filter((l) => l.kind === kind).length;
    console.log(
      `${WORKSTATIONS} workstations for ${RUN_MS / 1000} s: ${count('appointment')} bookings, ${count('move')} moves, ` +
        `${count('signed-entry')} signed entries committed; refusals ${JSON.stringify(refusals)}; ` +
        `${overlaps.rows[0]?.n} double bookings; ${missing.length} committed writes missing; audit chain ` +
        `${audit.breakCount === 0 ? 'intact' : 'BROKEN'} over ${audit.checked} events`,
    );
    expect(internal.map((l) => l.message)).toEqual([]);
    expect(Number(overlaps.rows[0]?.n)).toBe(0);
    expect(missing).toEqual([]);
    expect(audit.breaks).toEqual([]);
    expect(count('appointment')).toBeGreaterThan(0);
    expect(count('signed-entry')).toBeGreaterThan(0);
    expect(refusals.conflict ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
