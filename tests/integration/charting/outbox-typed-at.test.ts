import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { ChartEntry } from '../../../shared/ipc/contract/chart';
import type { RequestContext } from '../../../electron/main/core/router';
import { openStore } from '../../../electron/main/store/database';
import { openDraftOutbox } from '../../../electron/main/store/draft-outbox';
import { createChartingService } from '../../../electron/main/services/charting/service';
import { createDraftSaver } from '../../../electron/main/services/charting/draft-outbox';
import { at, checkIn, openWorld, requestId, TODAY, type World } from './setup';

// A draft kept in this workstation's outbox while the center database was away is audited when it reaches
// the server (the event's time), and its event says when the nurse typed it (detail.typedAt). The outbox and
// the charting service are the real ones on a real file; only the outage is simulated, by a save that fails
// as an unreachable server does (ECONNREFUSED) until the test says the server is back.

const worlds: World[] = [];
afterEach(async () => {
  for (const w of worlds.splice(0)) await w.t.close();
});

async function outageWorld() {
  const w = await openWorld();
  worlds.push(w);
  await checkIn(w);
  const server = { down: true };
  const charting = createChartingService(w.t.core.deps);
  const outbox = openDraftOutbox(join(w.t.dir, 'outbox.sqlite3'), undefined);
  const log = { error: (message: string) => expect.fail(message) };
  const saver = createDraftSaver(
    w.t.core.deps,
    (input, ctx) => {
      if (server.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      return charting.saveDraft(input, ctx);
    },
    outbox,
    log,
  );
  const ctx: RequestContext = { userId: w.nurseId, workstation: w.t.core.deps.workstation };
  const input = (screenNotes: string, kept?: ChartEntry) => ({
    ...(kept ? { id: kept.id, expectedUpdatedAt: kept.updatedAt } : {}),
    patientId: w.patientId,
    appointmentId: w.appointmentId,
    kind: 'assessment' as const,
    payload: { screenNotes },
    clientRequestId: requestId(),
  });
  return { w, server, saver, ctx, input };
}

async function draftEvents(w: World, entryId: string) {
  const rows = await w.t.core.store.db
    .selectFrom('audit_event')
    .select(['action', 'at_utc', 'detail'])
    .where('object_id', '=', entryId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ action: r.action, at: r.at_utc, detail: JSON.parse(r.detail ?? 'null') as unknown }));
}

it('audits a kept draft when it reaches the server, with the time the nurse last typed it', async () => {
  const { w, server, saver, ctx, input } = await outageWorld();
  await at(w, '10:05');
  const first = await saver.save(input('Feels well'), ctx);
  await at(w, '10:12');
  await saver.save(input('Feels well, slept badly', first), ctx);
  await at(w, '10:40');
  server.down = false;
  await saver.replay();
  expect(saver.status(w.nurseId)).toEqual({ pending: 0, conflicts: [] });
  expect(await draftEvents(w, first.id)).toEqual([
    {
      action: 'create',
      at: `${TODAY}T10:40:00.000Z`,
      detail: { kind: 'assessment', status: 'draft', typedAt: `${TODAY}T10:12:00.000Z` },
    },
  ]);
  await saver.close();
});

it('gives no typedAt to a draft saved while the server answers: its event time is when it was typed', async () => {
  const { w, server, saver, ctx, input } = await outageWorld();
  server.down = false;
  await at(w, '10:05');
  const saved = await saver.save(input('Feels well'), ctx);
  expect(await draftEvents(w, saved.id)).toEqual([
    { action: 'create', at: `${TODAY}T10:05:00.000Z`, detail: { kind: 'assessment', status: 'draft' } },
  ]);
  await saver.close();
});

it('opens an outbox file kept by an earlier version: its draft is sent with the time it was queued', async () => {
  const w = await openWorld();
  worlds.push(w);
  await checkIn(w);
  const file = join(w.t.dir, 'earlier-outbox.sqlite3');
  const earlier = openStore(file, {});
  earlier
    .prepare(
      `CREATE TABLE draft_outbox (slot TEXT PRIMARY KEY, user_id TEXT NOT NULL, input TEXT NOT NULL,
        is_create INTEGER NOT NULL, base_updated_at TEXT, request_id TEXT NOT NULL, queued_at TEXT NOT NULL,
        conflict TEXT)`,
    )
    .run();
  const slot = 'c5b0c3a2-7d1e-4a55-9d7e-2f4b8f0c1a01';
  const kept = { patientId: w.patientId, appointmentId: w.appointmentId, kind: 'assessment', payload: {} };
  earlier
    .prepare('INSERT INTO draft_outbox VALUES (?, ?, ?, 1, NULL, ?, ?, NULL)')
    .run(
      slot,
      w.nurseId,
      JSON.stringify({ ...kept, clientRequestId: requestId() }),
      requestId(),
      `${TODAY}T09:50:00.000Z`,
    );
  await earlier.close();
  const outbox = openDraftOutbox(file, undefined);
  expect(outbox.find(slot)).toMatchObject({ slot, typedAt: null, queuedAt: `${TODAY}T09:50:00.000Z` });
  const charting = createChartingService(w.t.core.deps);
  const saver = createDraftSaver(w.t.core.deps, (i, c) => charting.saveDraft(i, c), outbox, {
    error: (message) => expect.fail(message),
  });
  await at(w, '10:20');
  await saver.replay();
  expect(saver.status(w.nurseId)).toEqual({ pending: 0, conflicts: [] });
  expect(await draftEvents(w, slot)).toEqual([
    {
      action: 'create',
      at: `${TODAY}T10:20:00.000Z`,
      detail: { kind: 'assessment', status: 'draft', typedAt: `${TODAY}T09:50:00.000Z` },
    },
  ]);
  await saver.close();
});
