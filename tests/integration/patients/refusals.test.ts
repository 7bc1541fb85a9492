import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcChannel } from '../../../shared/ipc/channels';
import type { IpcInput } from '../../../shared/ipc/contract';
import { openTestCore, type TestCore } from '../../support/core';
import { makePatient } from '../../support/patients';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
});
afterEach(async () => {
  await t.close();
});

/** Calls a channel that must be refused and proves that nothing at all was written. */
async function refused<C extends IpcChannel>(channel: C, input: IpcInput<C>) {
  const before = t.core.store.totalChanges();
  const result = await t.call(channel, input);
  expect(t.core.store.totalChanges()).toBe(before);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

const paths = (error: { issues: Array<{ path: string }> }) => error.issues.map((i) => i.path);

describe('creating a patient', () => {
  it.each([0, 0.5, 401, 700, -3])('refuses a weight of %s kg, naming weightKg', async (weightKg) => {
    const error = await refused('patients:create', makePatient({ weightKg }));
    expect(error.code).toBe('invalid');
    expect(paths(error)).toEqual(['weightKg']);
  });

  it.each([29, 251, 1.7])('refuses a height of %s cm, naming heightCm', async (heightCm) => {
    expect(paths(await refused('patients:create', makePatient({ heightCm })))).toEqual(['heightCm']);
  });

  it('refuses a 10,000-character name, naming the field', async () => {
    const error = await refused('patients:create', makePatient({ familyName: 'A'.repeat(10_000) }));
    // The schema's English for the log, and the stable reason the screen words in the reader's language.
    expect(error.issues).toEqual([
      { path: 'familyName', message: 'At most 100 characters', code: 'too-long', params: { max: 100 } },
    ]);
    expect(error.message.length).toBeLessThan(300);
  });

  it('refuses a birth date in the future, naming birthDate', async () => {
    const error = await refused('patients:create', makePatient({ birthDate: '2026-11-28' }));
    expect(error).toMatchObject({
      code: 'invalid',
      issues: [{ path: 'birthDate', message: 'Cannot be in the future' }],
    });
  });

  it('refuses an impossible date, naming the field', async () => {
    expect(paths(await refused('patients:create', makePatient({ birthDate: '1961-02-30' })))).toEqual(['birthDate']);
  });

  it('refuses a weight without the date it was measured, and a measurement dated in the future', async () => {
    const noDate = await refused('patients:create', makePatient({ weightKg: 70, weightMeasuredOn: null }));
    expect(paths(noDate)).toEqual(['weightMeasuredOn']);
    const future = await refused('patients:create', makePatient({ heightMeasuredOn: '2027-01-01' }));
    expect(paths(future)).toEqual(['heightMeasuredOn']);
    const beforeBirth = await refused(
      'patients:create',
      makePatient({ birthDate: '2020-01-01', weightMeasuredOn: '2019-05-01' }),
    );
    expect(paths(beforeBirth)).toEqual(['weightMeasuredOn']);
  });

  it('refuses an MRN already in use, whatever its case, as a conflict naming mrn', async () => {
    await t.ok('patients:create', makePatient({ mrn: 'DEMO-000123' }));
    const error = await refused('patients:create', makePatient({ mrn: 'demo-000123' }));
    expect(error).toMatchObject({ code: 'conflict', issues: [{ path: 'mrn' }] });
  });

  it('refuses control characters and unknown fields', async () => {
    expect(paths(await refused('patients:create', makePatient({ givenName: 'Ann\u0000e' })))).toEqual(['givenName']);
    const extra = { ...makePatient(), isAdmin: true } as IpcInput<'patients:create'>;
    expect((await refused('patients:create', extra)).code).toBe('invalid');
  });

  it('stores script tags in notes as plain text, exactly as typed', async () => {
    const notes = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const created = await t.ok('patients:create', makePatient({ notes }));
    expect((await t.ok('patients:get', { id: created.id })).notes).toBe(notes);
  });
});

describe('updating a patient', () => {
  it('refuses a bad weight, naming weightKg, and leaves the saved record unchanged', async () => {
    const created = await t.ok('patients:create', makePatient());
    for (const weightKg of [0, 700]) {
      const error = await refused('patients:update', { id: created.id, weightKg });
      expect(paths(error)).toEqual(['weightKg']);
    }
    expect(await t.ok('patients:get', { id: created.id })).toEqual(created);
  });

  it("refuses taking another patient's MRN", async () => {
    await t.ok('patients:create', makePatient({ mrn: 'DEMO-1' }));
    const second = await t.ok('patients:create', makePatient({ mrn: 'DEMO-2' }));
    const error = await refused('patients:update', { id: second.id, mrn: 'demo-1' });
    expect(error).toMatchObject({ code: 'conflict', issues: [{ path: 'mrn' }] });
  });

  it('checks the merged record: clearing a weight must clear its date too', async () => {
    const created = await t.ok('patients:create', makePatient());
    expect(paths(await refused('patients:update', { id: created.id, weightKg: null }))).toEqual(['weightKg']);
    const cleared = await t.ok('patients:update', { id: created.id, weightKg: null, weightMeasuredOn: null });
    expect(cleared).toMatchObject({ weightKg: null, weightMeasuredOn: null });
  });

  it('refuses a birth date after a recorded measurement', async () => {
    const created = await t.ok('patients:create', makePatient());
    expect(paths(await refused('patients:update', { id: created.id, birthDate: '2026-11-25' }))).toEqual([
      'weightMeasuredOn',
      'heightMeasuredOn',
    ]);
  });

  it('answers not-found for an unknown id and writes nothing', async () => {
    expect((await refused('patients:update', { id: 'missing', phone: '1' })).code).toBe('not-found');
  });
});
