import { sql } from 'kysely';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chartSignAction } from '../../../shared/ipc/contract/chart';
import { openTestCore, type TestCore } from '../../support/core';
import {
  ADMIN,
  CHARGE,
  aDraft,
  aPatient,
  nurseSignedIn,
  registerTestChartKinds,
  requestId,
  signInAs,
} from '../../support/auth';

let t: TestCore;
let ids: Awaited<ReturnType<typeof nurseSignedIn>>;
let patientId: string;
beforeAll(registerTestChartKinds);
beforeEach(async () => {
  t = await openTestCore();
  ids = await nurseSignedIn(t);
  patientId = await aPatient(t);
});
afterEach(async () => {
  await t.close();
});

async function signedEntry() {
  const draft = await aDraft(t, patientId, { payload: { text: 'BP 128/76, no reaction.' } });
  t.clock.advanceMinutes(5);
  return t.ok('chart:sign', { id: draft.id, clientRequestId: requestId() });
}

const rowsOf = async (entryId: string) =>
  (
    await sql<Record<string, unknown>>`SELECT * FROM chart_entry WHERE entry_id = ${entryId} ORDER BY version`.execute(
      t.core.store.db,
    )
  ).rows;

describe('signing', () => {
  it('signs a complete draft as the signed-in nurse, at the core’s time', async () => {
    const signed = await signedEntry();
    expect(signed).toMatchObject({
      status: 'signed',
      signedBy: ids.nurseId,
      signedAt: '2026-11-27T09:05:00.000Z',
      verifiedBy: null,
    });
  });

  it('refuses to sign an incomplete draft, naming the missing field, and leaves it a draft', async () => {
    const draft = await aDraft(t, patientId, { payload: { painScore: 2 } });
    const result = await t.call('chart:sign', { id: draft.id, clientRequestId: requestId() });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'payload.text' }] } });
    expect((await t.ok('chart:history', { id: draft.id }))[0]!.status).toBe('draft');
  });

  it('stores a double-submitted signature once and answers the same result', async () => {
    const draft = await aDraft(t, patientId);
    const input = { id: draft.id, clientRequestId: requestId() };
    const [a, b] = await Promise.all([t.ok('chart:sign', input), t.ok('chart:sign', input)]);
    expect(b).toEqual(a);
    expect(await t.ok('chart:sign', input)).toEqual(a);
    const signs = await sql<{ n: number }>`SELECT count(*) AS n FROM audit_event WHERE action = 'sign'`.execute(
      t.core.store.db,
    );
    expect(signs.rows[0]!.n).toBe(1);
  });
});

describe('a signed entry is final', () => {
  it('answers conflict on every channel that could change it, and nothing changes', async () => {
    const signed = await signedEntry();
    const before = await rowsOf(signed.entryId);
    const changes = t.core.store.totalChanges();
    const attempts = [
      t.call('chart:save-draft', {
        id: signed.id,
        patientId,
        kind: 'test-note',
        payload: { text: 'edited' },
        clientRequestId: requestId(),
      }),
      t.call('chart:sign', { id: signed.id, clientRequestId: requestId() }),
    ];
    for (const result of await Promise.all(attempts))
      expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(t.core.store.totalChanges()).toBe(changes);
    expect(await rowsOf(signed.entryId)).toEqual(before);
  });

  it('is protected by the database itself: UPDATE and DELETE are aborted by triggers', async () => {
    const signed = await signedEntry();
    const db = t.core.store.db;
    await expect(
      sql`UPDATE chart_entry SET payload = '{"text":"x"}' WHERE id = ${signed.id}`.execute(db),
    ).rejects.toThrow(/cannot be changed/);
    await expect(
      sql`UPDATE chart_entry SET status = 'draft', signed_by = NULL, signed_at = NULL WHERE id = ${signed.id}`.execute(
        db,
      ),
    ).rejects.toThrow(/cannot be changed/);
    await expect(sql`DELETE FROM chart_entry WHERE id = ${signed.id}`.execute(db)).rejects.toThrow(/cannot be deleted/);
    expect((await rowsOf(signed.entryId))[0]).toMatchObject({
      status: 'signed',
      payload: JSON.stringify({ text: 'BP 128/76, no reaction.' }),
    });
  });

  it('refuses a forged correction row that does not follow a signed version', async () => {
    const draft = await aDraft(t, patientId);
    const forged = sql`INSERT INTO chart_entry (id, entry_id, patient_id, kind, status, version, supersedes_id, payload, author_id,
      created_at, updated_at, signed_by, signed_at, correction_reason, client_request_id)
      VALUES ('x2', ${draft.id}, ${patientId}, 'test-note', 'signed', 2, ${draft.id}, '{}', ${ids.nurseId},
      't', 't', ${ids.nurseId}, 't', 'because', 'forged-request')`;
    await expect(forged.execute(t.core.store.db)).rejects.toThrow(/must follow the signed version/);
  });
});

describe('corrections', () => {
  it('adds a signed version with reason, author and time; history shows every version', async () => {
    const signed = await signedEntry();
    await signInAs(t, CHARGE);
    t.clock.advanceMinutes(9); // within the idle lock: the charge nurse just signed in
    const corrected = await t.ok('chart:correct', {
      id: signed.id,
      payload: { text: 'BP 138/76, no reaction.' },
      reason: 'Typo in systolic BP',
      clientRequestId: requestId(),
    });
    expect(corrected).toMatchObject({
      entryId: signed.entryId,
      version: 2,
      supersedesId: signed.id,
      status: 'signed',
      isCurrent: true,
      authorId: ids.chargeId,
      signedBy: ids.chargeId,
      signedAt: '2026-11-27T09:14:00.000Z',
      correctionReason: 'Typo in systolic BP',
    });
    const history = await t.ok('chart:history', { id: signed.id });
    expect(history.map((v) => [v.version, v.isCurrent, v.payload.text])).toEqual([
      [1, false, 'BP 128/76, no reaction.'],
      [2, true, 'BP 138/76, no reaction.'],
    ]);
    expect(history[0]).toMatchObject({ signedBy: ids.nurseId, correctionReason: null });
    const listed = await t.ok('chart:list', { patientId });
    expect(listed.map((e) => e.id)).toEqual([corrected.id]);
  });

  it('only corrects the current version, needs a reason, and validates the new payload', async () => {
    const signed = await signedEntry();
    await t.ok('chart:correct', {
      id: signed.id,
      payload: { text: 'v2' },
      reason: 'Clarified',
      clientRequestId: requestId(),
    });
    const old = await t.call('chart:correct', {
      id: signed.id,
      payload: { text: 'v2b' },
      reason: 'Again',
      clientRequestId: requestId(),
    });
    expect(old).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const noReason = await t.call('chart:correct', {
      id: signed.id,
      payload: { text: 'v3' },
      reason: '  ',
      clientRequestId: requestId(),
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'reason' }] } });
    const draft = await aDraft(t, patientId);
    expect(
      await t.call('chart:correct', {
        id: draft.id,
        payload: { text: 'x' },
        reason: 'r',
        clientRequestId: requestId(),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('stores a double-submitted correction once', async () => {
    const signed = await signedEntry();
    const input = { id: signed.id, payload: { text: 'v2' }, reason: 'Clarified', clientRequestId: requestId() };
    const [a, b] = await Promise.all([t.ok('chart:correct', input), t.ok('chart:correct', input)]);
    expect(b).toEqual(a);
    expect(await rowsOf(signed.entryId)).toHaveLength(2);
  });
});

describe('kinds that need a second nurse', () => {
  const doseDraft = () =>
    aDraft(t, patientId, { kind: 'test-double-check', payload: { drug: 'pembrolizumab', doseMg: 200 } });

  it('refuses to sign without a verification, then signs with one and records the verifier', async () => {
    const draft = await doseDraft();
    expect(await t.call('chart:sign', { id: draft.id, clientRequestId: requestId() })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', issues: [{ path: 'verificationToken' }] },
    });
    const v = await t.ok('auth:verify-second-user', {
      initials: CHARGE.initials,
      secret: CHARGE.secret,
      actionId: chartSignAction(draft.id),
    });
    const signed = await t.ok('chart:sign', { id: draft.id, clientRequestId: requestId(), verificationToken: v.token });
    expect(signed).toMatchObject({ signedBy: ids.nurseId, verifiedBy: ids.chargeId, verifiedAt: signed.signedAt });
  });

  it('refuses a token for another action, a used token and an expired one', async () => {
    const a = await doseDraft();
    const b = await doseDraft();
    const forA = await t.ok('auth:verify-second-user', {
      initials: ADMIN.initials,
      secret: ADMIN.secret,
      actionId: chartSignAction(a.id),
    });
    expect(
      (await t.call('chart:sign', { id: b.id, clientRequestId: requestId(), verificationToken: forA.token })).ok,
    ).toBe(false);
    expect(
      (await t.call('chart:sign', { id: a.id, clientRequestId: requestId(), verificationToken: forA.token })).ok,
    ).toBe(false);
    const late = await t.ok('auth:verify-second-user', {
      initials: ADMIN.initials,
      secret: ADMIN.secret,
      actionId: chartSignAction(a.id),
    });
    t.clock.advanceMinutes(3);
    await t.ok('auth:activity', {});
    expect(
      await t.call('chart:sign', { id: a.id, clientRequestId: requestId(), verificationToken: late.token }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden', issues: [{ code: 'verification-expired' }] },
    });
  });
});
