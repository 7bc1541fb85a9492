import { queryRow, queryRows } from '../../support/rows';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeCounter } from '../../support/schedule';
import { checkIn, draft, fullAssessment, openWorld, PATIENT, requestId, type World } from './setup';

let w: World;
beforeEach(async () => {
  w = await openWorld();
});
afterEach(() => w.t.close());

// The world's education entry (Ready to treat) is a chart entry too: count the visit's own.
const chartRows = async () =>
  (await queryRow<{ n: number }>(w.t.core.store, "SELECT count(*) AS n FROM chart_entry WHERE kind <> 'education'"))!.n;
const mismatchEvents = () =>
  queryRows<{ detail: string }>(w.t.core.store, "SELECT detail FROM audit_event WHERE action = 'check-in-mismatch'");

describe('charting:check-in', () => {
  it.each([
    ['a wrong name', { name: 'Helen Quill', dateOfBirth: PATIENT.birthDate }, ['name']],
    ['a wrong date of birth', { name: 'Hélène Quillfeather', dateOfBirth: '1961-12-03' }, ['dateOfBirth']],
    ['a wrong scanned MRN', { name: 'QUILLFEATHER, Hélène', mrn: 'MRN-0024', mrnSource: 'scanned' as const }, ['mrn']],
  ])('is a hard stop on %s: refused, audited, nothing charted', async (_what, identifiers, wrong) => {
    const before = await chartRows();
    const result = await w.t.call('charting:check-in', {
      appointmentId: w.appointmentId,
      clientRequestId: requestId(),
      ...identifiers,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('forbidden');
    expect(result.error.message).toMatch(/^STOP/);
    expect(result.error.issues.every((i) => i.code === 'identifier-mismatch')).toBe(true);
    expect(result.error.issues.map((i) => i.path)).toEqual(wrong);
    // The answer never repeats the record's values.
    expect(result.error.message).not.toContain(PATIENT.birthDate);
    expect(result.error.message).not.toContain(PATIENT.mrn);
    expect(await chartRows()).toBe(before);
    const events = await mismatchEvents();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.detail)).toMatchObject({ mismatched: wrong });
  });

  it('needs a second identifier besides the name', async () => {
    const result = await w.t.call('charting:check-in', {
      appointmentId: w.appointmentId,
      name: 'Hélène Quillfeather',
      clientRequestId: requestId(),
    });
    expect(result.ok ? null : result.error.code).toBe('invalid');
  });

  it('signs a check-in when name and MRN match (case and accents ignored), recording a scanned wristband', async () => {
    const entry = await w.t.ok('charting:check-in', {
      appointmentId: w.appointmentId,
      name: 'quillfeather helene',
      mrn: 'mrn-0042',
      mrnSource: 'scanned',
      clientRequestId: requestId(),
    });
    expect(entry).toMatchObject({ kind: 'check-in', status: 'signed', appointmentId: w.appointmentId });
    expect(entry.payload).toEqual({ identifiers: ['name', 'mrn'], mrnSource: 'scanned' });
  });

  it('answers a repeated check-in request with the same entry, and refuses a second check-in', async () => {
    const id = requestId();
    const input = {
      appointmentId: w.appointmentId,
      name: 'Hélène Quillfeather',
      dateOfBirth: PATIENT.birthDate,
      clientRequestId: id,
    };
    const first = await w.t.ok('charting:check-in', input);
    const again = await w.t.ok('charting:check-in', input);
    expect(again.id).toBe(first.id);
    const second = await w.t.call('charting:check-in', { ...input, clientRequestId: requestId() });
    expect(second.ok ? null : second.error.code).toBe('conflict');
    expect(await chartRows()).toBe(1);
  });

  it('opens nothing of the visit before the check-in is signed', async () => {
    const count = changeCounter(w.t);
    for (const kind of ['assessment', 'administration', 'double-check', 'reaction'] as const) {
      const result = await draft(
        w,
        kind,
        kind === 'assessment' ? fullAssessment() : { drugId: 'pembrolizumab', order: 1 },
      );
      expect(result.ok ? null : result.error.code).toBe('forbidden');
      if (!result.ok) expect(result.error.issues[0]).toMatchObject({ path: 'appointmentId', code: 'check-in-first' });
    }
    expect(count()).toBe(0);
    await checkIn(w);
    const after = await draft(w, 'assessment', fullAssessment());
    expect(after.ok).toBe(true);
  });

  it('records every chairside read of the chart in the audit trail', async () => {
    await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    await w.t.ok('charting:irae-timeline', { patientId: w.patientId });
    await w.t.ok('charting:car-t', { patientId: w.patientId });
    const reads = await queryRows<{ patient_id: string; detail: string }>(
      w.t.core.store,
      "SELECT patient_id, detail FROM audit_event WHERE action = 'read'",
    );
    expect(reads.map((r) => [r.patient_id, (JSON.parse(r.detail) as { view: string }).view])).toEqual([
      [w.patientId, 'visit'],
      [w.patientId, 'irae-timeline'],
      [w.patientId, 'car-t'],
    ]);
  });
});
