import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/main/core/clock';
import { createCore, type Core } from '../../../electron/main/core/create-core';
import { startThrowawayServer, type ThrowawayServer } from '../../../scripts/pg-server';
import { testKeystore } from '../../harness/keystore';
import { NURSE } from '../../support/auth';
import { describeWithPostgres, TEST_CENTER_KEY } from '../../support/postgres';
import { TEST_SECRET_COST } from '../../support/secret-cost';
import { checkIn, draft, fullAssessment, openWorld, requestId, TODAY, type World } from '../charting/setup';

// Drafts typed while the center database is down are kept on this workstation, in its outbox file, and reach
// the server when it answers again, even after the process was stopped in between; a draft signed meanwhile
// on another workstation is shown as a conflict and never overwritten. A server of its own (it is stopped and
// started again on the same port), as the shared test server must stay up for the other files.

let server: ThrowawayServer;
let folder: string;
const given = process.env.CHAIRSIDE_TEST_PG;
beforeAll(async () => {
  if (!given) return;
  folder = mkdtempSync(join(tmpdir(), 'chairside-outbox-pg-'));
  server = await startThrowawayServer(folder);
  process.env.CHAIRSIDE_TEST_PG = server.url;
}, 120_000);
afterAll(() => {
  if (!given) return;
  process.env.CHAIRSIDE_TEST_PG = given;
  server.stop();
  rmSync(folder, { recursive: true, force: true });
});

const restart = async () => {
  server = await startThrowawayServer(folder, server.port);
};
// A failed test must not leave the server stopped for the next one.
afterEach(async () => {
  if (given && !existsSync(join(folder, 'data', 'postmaster.pid'))) await restart();
});

/** Another core of the center, as the app starts it: same database, same outbox file when `outbox` is given. */
async function workstation(w: World, name: string, outbox: string, time = '10:30'): Promise<Core> {
  const core = await createCore({
    databasePath: w.t.databasePath,
    centerKey: TEST_CENTER_KEY,
    checkpointFile: join(w.t.dir, `${name}.checkpoints.jsonl`),
    draftOutboxFile: outbox,
    clock: fixedClock(`${TODAY}T${time}:00Z`),
    workstation: name,
    keystore: testKeystore(),
    checkpointEveryMinutes: 0,
    authPolicy: { pinSignIn: true, secretCost: TEST_SECRET_COST },
  });
  const signIn = await core.dispatch('auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  expect(signIn.ok).toBe(true);
  return core;
}

async function entriesOf(core: Core, w: World) {
  const history = await core.dispatch('chart:list', { patientId: w.patientId });
  if (!history.ok) throw new Error(history.error.message);
  return history.value as Array<{ id: string; status: string; payload: Record<string, unknown> }>;
}

describeWithPostgres('chart drafts during a center database outage', () => {
  it('keeps a draft typed during the outage on disk, and sends it after a restart once the server is back', async () => {
    const w = await openWorld();
    await checkIn(w);
    const outbox = join(w.t.dir, 'outbox.sqlite3');
    const first = await workstation(w, 'chair-3', outbox);
    server.stop();
    const typed = await first.dispatch('charting:save-draft', {
      patientId: w.patientId,
      appointmentId: w.appointmentId,
      kind: 'assessment',
      payload: { screenNotes: 'Feels well' },
      clientRequestId: requestId(),
    });
    if (!typed.ok) throw new Error(typed.error.message);
    const entry = typed.value as { id: string; updatedAt: string };
    const again = await first.dispatch('charting:save-draft', {
      id: entry.id,
      expectedUpdatedAt: entry.updatedAt,
      patientId: w.patientId,
      appointmentId: w.appointmentId,
      kind: 'assessment',
      payload: { screenNotes: 'Feels well, slept badly' },
      clientRequestId: requestId(),
    });
    expect(again).toMatchObject({ ok: true, value: { id: entry.id } });
    // The process is killed here: the first core is never closed. The workstation starts again once the
    // server is back, and its outbox sends the draft as the nurse left it.
    await restart();
    const second = await workstation(w, 'chair-3', outbox, '10:45');
    await expect
      .poll(async () => (await entriesOf(second, w)).find((e) => e.id === entry.id)?.payload)
      .toMatchObject({
        screenNotes: 'Feels well, slept badly',
      });
    // The trail says when the draft reached the server (10:45) and when the nurse typed it (10:30).
    const created = await second.store.db
      .selectFrom('audit_event')
      .select(['at_utc', 'detail'])
      .where('object_id', '=', entry.id)
      .where('action', '=', 'create')
      .executeTakeFirstOrThrow();
    expect(created.at_utc).toBe(`${TODAY}T10:45:00.000Z`);
    expect(JSON.parse(created.detail!)).toMatchObject({ typedAt: `${TODAY}T10:30:00.000Z` });
    expect(await second.dispatch('charting:draft-outbox', {})).toMatchObject({
      ok: true,
      value: { pending: 0, conflicts: [] },
    });
    await second.close();
    await first.close().catch(() => undefined);
    await w.t.close();
  });

  it('lets the open form go on saving over its kept draft once it was sent, without a stale refusal', async () => {
    const w = await openWorld();
    await checkIn(w);
    const here = await workstation(w, 'chair-3', join(w.t.dir, 'form.sqlite3'));
    const save = (payload: Record<string, unknown>, extra: object = {}) =>
      here.dispatch('charting:save-draft', {
        patientId: w.patientId,
        appointmentId: w.appointmentId,
        kind: 'assessment',
        payload,
        clientRequestId: requestId(),
        ...extra,
      });
    server.stop();
    const kept = await save({ screenNotes: 'first words' });
    if (!kept.ok) throw new Error(kept.error.message);
    const entry = kept.value as { id: string; updatedAt: string };
    await restart();
    await here.deps.drafts.replay();
    const next = await save({ screenNotes: 'and more' }, { id: entry.id, expectedUpdatedAt: entry.updatedAt });
    expect(next).toMatchObject({ ok: true, value: { id: entry.id, payload: { screenNotes: 'and more' } } });
    await here.close();
    await w.t.close();
  });

  it('shows a kept draft that was signed meanwhile on another workstation as a conflict, and never sends it', async () => {
    const w = await openWorld();
    await checkIn(w);
    const saved = await draft(w, 'assessment', fullAssessment());
    if (!saved.ok) throw new Error(saved.error.message);
    const stored = saved.value;
    const here = await workstation(w, 'chair-3', join(w.t.dir, 'here.sqlite3'));
    server.stop();
    const kept = await here.dispatch('charting:save-draft', {
      id: stored.id,
      expectedUpdatedAt: stored.updatedAt,
      patientId: w.patientId,
      appointmentId: w.appointmentId,
      kind: 'assessment',
      payload: { ...fullAssessment(), screenNotes: 'typed during the outage' },
      clientRequestId: requestId(),
    });
    expect(kept.ok).toBe(true);
    await restart();
    // Meanwhile the same nurse signs the draft on another workstation, as it was on the server.
    await w.t.ok('charting:sign', { id: stored.id, clientRequestId: requestId() });
    await here.deps.drafts.replay();
    const status = await here.dispatch('charting:draft-outbox', {});
    expect(status).toMatchObject({
      ok: true,
      value: { pending: 0, conflicts: [{ id: stored.id, patientId: w.patientId, kind: 'assessment' }] },
    });
    const reason = (status as { value: { conflicts: Array<{ reason: string }> } }).value.conflicts[0]!.reason;
    expect(reason).toMatch(/signed/);
    const onServer = (await entriesOf(here, w)).find((e) => e.id === stored.id)!;
    expect(onServer.status).toBe('signed');
    expect(onServer.payload.screenNotes).toBe('');
    await here.close();
    await w.t.close();
  });
  it('keeps no outbox for a tool given no workstation folder (a seed, center:dev): nothing lands where it started', async () => {
    const w = await openWorld();
    const stray = join(process.cwd(), 'center-draft-outbox.sqlite3');
    const before = existsSync(stray);
    const tool = await createCore({
      databasePath: w.t.databasePath,
      centerKey: TEST_CENTER_KEY,
      clock: fixedClock(`${TODAY}T10:30:00Z`),
      workstation: 'seed-tool',
      keystore: testKeystore(),
      checkpointEveryMinutes: 0,
    });
    try {
      expect(existsSync(stray)).toBe(before);
      expect(before).toBe(false);
    } finally {
      await tool.close();
    }
  });
});
