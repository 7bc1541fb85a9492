import { sql } from 'kysely';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import {
  ADMIN,
  aDraft,
  aPatient,
  nurseSignedIn,
  registerTestChartKinds,
  requestId,
  signInAs,
} from '../../support/auth';

let t: TestCore;
let patientId: string;
beforeAll(registerTestChartKinds);
beforeEach(async () => {
  t = await openTestCore();
  await nurseSignedIn(t);
  patientId = await aPatient(t);
});
afterEach(async () => {
  await t.close();
});

const count = async () =>
  (await sql<{ n: number }>`SELECT count(*) AS n FROM chart_entry`.execute(t.core.store.db)).rows[0]!.n;

describe('drafts', () => {
  it('creates a draft by the signed-in nurse and answers when it was saved', async () => {
    const draft = await aDraft(t, patientId);
    const nurse = (await t.ok('auth:status', {})).user!;
    expect(draft).toMatchObject({
      status: 'draft',
      version: 1,
      authorId: nurse.id,
      kind: 'test-note',
      isCurrent: true,
    });
    expect(draft.entryId).toBe(draft.id);
    expect(draft.updatedAt).toBe('2026-11-27T09:00:00.000Z');
  });

  it('autosaves over the same draft, moving updatedAt', async () => {
    const draft = await aDraft(t, patientId, { payload: {} });
    t.clock.advanceMinutes(2);
    const saved = await aDraft(t, patientId, {
      id: draft.id,
      payload: { text: 'Second thoughts' },
      expectedUpdatedAt: draft.updatedAt,
    });
    expect(saved).toMatchObject({
      id: draft.id,
      payload: { text: 'Second thoughts' },
      updatedAt: '2026-11-27T09:02:00.000Z',
    });
    expect(await count()).toBe(1);
  });

  it('accepts a half-filled draft but not a wrong value in a filled field, naming it', async () => {
    await aDraft(t, patientId, { payload: { painScore: 3 } });
    const wrong = await t.call('chart:save-draft', {
      patientId,
      kind: 'test-note',
      payload: { painScore: 11 },
      clientRequestId: requestId(),
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'payload.painScore' }] } });
  });

  it('refuses a kind nobody registered', async () => {
    const result = await t.call('chart:save-draft', {
      patientId,
      kind: 'unknown-form',
      payload: {},
      clientRequestId: requestId(),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'kind' }] } });
  });

  it('refuses a missing patient, and a save over a newer draft', async () => {
    expect(
      await t.call('chart:save-draft', {
        patientId: 'nobody',
        kind: 'test-note',
        payload: {},
        clientRequestId: requestId(),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const draft = await aDraft(t, patientId);
    t.clock.advanceMinutes(1);
    await aDraft(t, patientId, { id: draft.id });
    const stale = await t.call('chart:save-draft', {
      id: draft.id,
      patientId,
      kind: 'test-note',
      payload: { text: 'old tab' },
      clientRequestId: requestId(),
      expectedUpdatedAt: draft.updatedAt,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('keeps a draft to its author', async () => {
    const draft = await aDraft(t, patientId);
    await signInAs(t, ADMIN);
    expect(
      await t.call('chart:save-draft', {
        id: draft.id,
        patientId,
        kind: 'test-note',
        payload: {},
        clientRequestId: requestId(),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await t.call('chart:sign', { id: draft.id, clientRequestId: requestId() })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('stores a double-submitted save once and answers the same entry', async () => {
    const input = { patientId, kind: 'test-note', payload: { text: 'once' }, clientRequestId: requestId() };
    const [a, b] = await Promise.all([t.ok('chart:save-draft', input), t.ok('chart:save-draft', input)]);
    expect(b).toEqual(a);
    expect(await t.ok('chart:save-draft', input)).toEqual(a);
    expect(await count()).toBe(1);
    const creates = await sql<{
      n: number;
    }>`SELECT count(*) AS n FROM audit_event WHERE object_type = 'chart_entry' AND action = 'create'`.execute(
      t.core.store.db,
    );
    expect(creates.rows[0]!.n).toBe(1);
  });

  it('refuses a request id reused for a different change', async () => {
    const reused = requestId();
    await aDraft(t, patientId, { clientRequestId: reused });
    const other = await aDraft(t, patientId);
    const result = await t.call('chart:save-draft', {
      id: other.id,
      patientId,
      kind: 'test-note',
      payload: {},
      clientRequestId: reused,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('setup mode', () => {
  it('refuses charting before any account exists: a signature needs a nurse', async () => {
    const fresh = await openTestCore();
    try {
      const patient = await aPatient(fresh);
      const result = await fresh.call('chart:save-draft', {
        patientId: patient,
        kind: 'test-note',
        payload: {},
        clientRequestId: requestId(),
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      await fresh.close();
    }
  });
});
