import { queryRow } from '../../support/rows';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeCounter } from '../../support/schedule';
import { checkIn, draft, fullAssessment, openWorld, PATIENT, requestId, type World } from './setup';

// A signed entry is final: every channel that could change it answers `conflict` and writes nothing; the
// only way forward is a correction, a new version with a reason.

let w: World;
let signedId: string;
let checkInId: string;
beforeEach(async () => {
  w = await openWorld();
  checkInId = (await checkIn(w)).id;
  const saved = await draft(w, 'assessment', fullAssessment());
  if (!saved.ok) throw new Error(saved.error.message);
  signedId = (await w.t.ok('charting:sign', { id: saved.value.id, clientRequestId: requestId() })).id;
});
afterEach(() => w.t.close());

const stored = (id: string) => queryRow(w.t.core.store, 'SELECT * FROM chart_entry WHERE id = ?', id);

describe('a signed chairside entry', () => {
  it('answers conflict through every charting channel and changes nothing', async () => {
    const before = await stored(signedId);
    const count = changeCounter(w.t);
    const changed = { ...fullAssessment(), screenNotes: 'changed after signing' };
    const attempts = [
      draft(w, 'assessment', changed, { id: signedId }),
      w.t.call('charting:sign', { id: signedId, clientRequestId: requestId() }),
      w.t.call('charting:check-in', {
        appointmentId: w.appointmentId,
        name: 'Hélène Quillfeather',
        dateOfBirth: PATIENT.birthDate,
        clientRequestId: requestId(),
      }),
      w.t.call('chart:save-draft', {
        id: signedId,
        patientId: w.patientId,
        appointmentId: w.appointmentId,
        kind: 'assessment',
        payload: changed,
        clientRequestId: requestId(),
      }),
      w.t.call('chart:sign', { id: signedId, clientRequestId: requestId() }),
      w.t.call('chart:save-draft', {
        id: checkInId,
        patientId: w.patientId,
        appointmentId: w.appointmentId,
        kind: 'check-in',
        payload: { identifiers: ['name', 'mrn'], mrnSource: 'typed' },
        clientRequestId: requestId(),
      }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.ok ? 'ok' : result.error.code).toBe('conflict');
    }
    expect(count()).toBe(0);
    expect(await stored(signedId)).toEqual(before);
  });

  it('is corrected as a new version with a reason; the old version can no longer be corrected', async () => {
    const corrected = await w.t.ok('charting:correct', {
      id: signedId,
      payload: { ...fullAssessment(), screenNotes: 'Mild fatigue reported after signing' },
      reason: 'Patient added a symptom',
      clientRequestId: requestId(),
    });
    expect(corrected).toMatchObject({
      version: 2,
      supersedesId: signedId,
      correctionReason: 'Patient added a symptom',
    });
    const again = await w.t.call('charting:correct', {
      id: signedId,
      payload: fullAssessment(),
      reason: 'again',
      clientRequestId: requestId(),
    });
    expect(again.ok ? null : again.error.code).toBe('conflict');
    const history = await w.t.ok('chart:history', { id: corrected.id });
    expect(history.map((h) => h.version)).toEqual([1, 2]);
    expect(history[0]!.payload.screenNotes).toBe('');
  });
});
