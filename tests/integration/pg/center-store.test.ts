import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/main/core/create-core';
import { fixedClock } from '../../../electron/main/core/clock';
import { newCenterKey } from '../../../electron/main/security/open-center-store';
import { verifyCenterAudit, centerProtectionBreaks } from '../../../electron/main/store/audit-verify-center';
import { openCenterStore } from '../../../electron/main/store/center';
import { parseDatabaseSetting } from '../../../electron/main/store/location';
import { MIGRATIONS } from '../../../electron/main/store/migrations';
import { ADMIN } from '../../support/auth';
import { makePatient } from '../../support/patients';
import { describeWithPostgres, freshCenterDatabase, TEST_CENTER_KEY, type TestDatabase } from '../../support/postgres';

// The center database itself: migrations serialised and refused when too old or too new, the center key
// checked, the protections in place, and tampering found by the audit check.

const pgLocation = (url: string) => {
  const location = parseDatabaseSetting(url);
  if (location.kind !== 'postgres') throw new Error('not a postgres URL');
  return location;
};
const open = (url: string, extra: { centerKey?: string } = {}) =>
  createCore({
    databasePath: url,
    centerKey: extra.centerKey ?? TEST_CENTER_KEY,
    clock: fixedClock('2026-11-27T09:00:00Z'),
    checkpointEveryMinutes: 0,
    workstation: 'center-test',
  });

describeWithPostgres('a center database', () => {
  const cleanup: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  const fresh = async (options: { empty?: boolean } = {}): Promise<TestDatabase> => {
    const db = await freshCenterDatabase(options);
    cleanup.push(() => db.drop());
    return db;
  };
  const core = async (url: string): Promise<Core> => {
    const c = await open(url);
    cleanup.push(() => c.close());
    return c;
  };

  it('runs two migrations started at once one after the other (advisory lock), each migration once', async () => {
    const db = await fresh({ empty: true });
    const results = await Promise.all([1, 2].map(() => openCenterStore(pgLocation(db.url), { migrate: true })));
    for (const { store } of results) cleanup.push(() => store.close());
    expect(results.map((r) => r.applied.length).sort((a, b) => a - b)).toEqual([0, MIGRATIONS.length]);
    const names = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(results[0]!.store.db);
    expect(names.rows).toHaveLength(MIGRATIONS.length);
    expect(await centerProtectionBreaks(results[0]!.store.db)).toEqual([]);
  });

  it('is never migrated by the app: an empty or older database is refused, naming center:migrate', async () => {
    const db = await fresh({ empty: true });
    await expect(open(db.url)).rejects.toThrow(/npm run center:migrate -- --db postgres:\/\//);
    const store = (await openCenterStore(pgLocation(db.url), { migrate: true })).store;
    await sql`DELETE FROM kysely_migration WHERE name = ${MIGRATIONS.at(-1)![0]}`.execute(store.db);
    await store.close();
    await expect(open(db.url)).rejects.toMatchObject({ kind: 'older-database' });
  });

  it('refuses a database written by a newer Chairside, and a workstation with another center key', async () => {
    const db = await fresh();
    await expect(open(db.url, { centerKey: newCenterKey() })).rejects.toThrow(/not the key of the center database/);
    const store = (await openCenterStore(pgLocation(db.url))).store;
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', 'x')`.execute(store.db);
    await store.close();
    await expect(open(db.url)).rejects.toMatchObject({ kind: 'newer-database' });
  });

  it('names what failed when the server cannot be reached, or the database is missing', async () => {
    await expect(openCenterStore(pgLocation('postgres://chairside@127.0.0.1:1/none'))).rejects.toThrow(
      /No server answers at the center database 127.0.0.1:1\/none/,
    );
    const missing = new URL(process.env.CHAIRSIDE_TEST_PG!);
    missing.pathname = '/chairside_no_such_database';
    await expect(openCenterStore(pgLocation(missing.toString()))).rejects.toThrow(/does not exist on that server/);
  });

  it('lets exactly one of two workstations booking the same chair at once win; the other gets conflict with the time', async () => {
    const db = await fresh();
    const [a, b] = [await core(db.url), await core(db.url)];
    const ok = async (c: Core, channel: string, input: unknown) => {
      const result = await c.dispatch(channel, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as { id: string };
    };
    await ok(a, 'auth:setup-admin', ADMIN);
    const chair = await ok(a, 'center:save-chair', { name: 'Chair 1' });
    const nurse = await ok(a, 'center:save-nurse', { displayName: 'Nurse 1', initials: 'N1' });
    const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 420, endMinute: 1080 }));
    await ok(a, 'center:save-shifts', { nurseId: nurse.id, shifts });
    await ok(a, 'auth:sign-in', { initials: ADMIN.initials, secret: ADMIN.secret });
    await ok(b, 'auth:sign-in', { initials: ADMIN.initials, secret: ADMIN.secret });
    const plans = [];
    for (const i of [1, 2]) {
      const patient = await ok(a, 'patients:create', makePatient({ mrn: `RACE-${i}`, familyName: `Racer${i}` }));
      plans.push(
        await ok(a, 'plans:create', {
          kind: 'regimen',
          patientId: patient.id,
          regimenId: 'pembrolizumab-200-q3w',
          startDate: '2026-11-30',
          maxDoses: 1,
        }),
      );
    }
    const book = (c: Core, planId: string) =>
      c.dispatch('schedule:book-dose', { planId, doseNumber: 1, chairId: chair.id, date: '2026-11-30', start: 600 });
    const results = await Promise.all([book(a, plans[0]!.id), book(b, plans[1]!.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // The constraint (both reached it) or the slot check (the winner had committed first): either names the time.
    if (lost && !lost.ok)
      expect(lost.error.message).toMatch(/already booked (on 2026-11-30 between 10:00|for part)|booked from 10:00/);
  });

  it('keeps the audit trail append-only, TRUNCATE included, and the audit check finds an edit made around it', async () => {
    const db = await fresh();
    const c = await core(db.url);
    expect((await c.dispatch('auth:setup-admin', ADMIN)).ok).toBe(true);
    await expect(sql`UPDATE audit_event SET action = 'edited'`.execute(c.store.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_event`.execute(c.store.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_event`.execute(c.store.db)).rejects.toThrow(/append-only/);
    expect((await verifyCenterAudit(c.store.db, c.deps.secure.keys.auditKey)).breaks).toEqual([]);
    // Someone with the server's superuser disables the trigger and edits an event.
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`.execute(c.store.db);
    await sql`UPDATE audit_event SET action = 'edited' WHERE id = (SELECT min(id) FROM audit_event)`.execute(
      c.store.db,
    );
    const report = await verifyCenterAudit(c.store.db, c.deps.secure.keys.auditKey);
    expect(report.breaks.map((b) => b.kind)).toContain('hash');
    expect(await centerProtectionBreaks(c.store.db)).toEqual([
      { kind: 'protections', id: 'audit_event_no_update', detail: 'trigger disabled' },
    ]);
  });
});
