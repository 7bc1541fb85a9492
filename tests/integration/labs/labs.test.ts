import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { IpcError } from '../../../shared/ipc/result';
import { previewCsv } from '../../../shared/labs/csv';
import { dayBeforeLabs, openWorld, TODAY, type World } from '../charting/setup';
import { queryRow } from '../../support/rows';
import { appI18n, rendererModule } from '../../support/app-i18n';

// Lab results through the channels: a batch with a malformed row is refused whole (nothing written), voiding,
// the labs-needed list and the day view's flag from the same computation, consent per plan.

const { invalidText, issueText } = await rendererModule<{
  invalidText: (error: Pick<IpcError, 'issues'>) => string;
  issueText: (issue: IpcError['issues'][number]) => string;
}>('components/refusal-text.ts');

let w: World;
afterEach(() => w.t.close());

const count = async () => (await queryRow<{ n: number }>(w.t.core.store, 'SELECT count(*) AS n FROM lab_result'))!.n;

describe('labs', () => {
  it('refuses a CSV batch with malformed rows, naming each row, field and reason, and writes nothing', async () => {
    w = await openWorld({}, { ready: false });
    const csv =
      'test,value,unit,drawn,low,high\nALT,30,U/L,2026-11-26 08:00,7,56\nAST,3O,U/L,2026-11-26 08:00,10,40\nCreatinine,1.1,mmol/L,2026-11-26 08:00,,';
    const preview = previewCsv(csv, 'en', TODAY);
    const result = await w.t.call('labs:enter', {
      patientId: w.patientId,
      results: preview.rows.map((r) => r.input),
      method: 'csv',
      locale: 'en',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe('Nothing was saved: 2 problems in the results.');
      expect(result.error.issues).toEqual([
        {
          path: 'results.1.value',
          message: 'Value: “3O” is not a number.',
          code: 'lab-not-a-number',
          params: { field: 'value', text: '3O', row: 2 },
        },
        {
          path: 'results.2.unit',
          message: 'Unit: “mmol/L” is not a unit Creatinine is reported in (µmol/L, mg/dL).',
          code: 'lab-unit-unknown',
          params: { unit: 'mmol/L', analyte: 'creatinine', units: 'µmol/L, mg/dL', row: 3 },
        },
      ]);
    }
    expect(await count()).toBe(0);
  });

  it('says the core’s refusal of a lab result in the reader’s language, from its reason', async () => {
    w = await openWorld({}, { ready: false });
    const results = [{ analyte: 'creatinine', drawnAt: '2026-11-26T08:00', value: '80', unit: 'mmol/L' }];
    const result = await w.t.call('labs:enter', { patientId: w.patientId, results, method: 'hand', locale: 'fr' });
    if (result.ok) throw new Error('accepted creatinine in mmol/L');
    expect(result.error.message).toBe('Nothing was saved: 1 problem in the results.');
    await appI18n('fr');
    const french = 'Unité : « mmol/L » n’est pas une unité de l’analyse Créatinine (µmol/L, mg/dL).';
    expect(result.error.issues.map(issueText)).toEqual([french]);
    expect(invalidText(result.error)).toBe(french);
    await i18next.changeLanguage('en');
    expect(invalidText(result.error)).toBe('Unit: “mmol/L” is not a unit Creatinine is reported in (µmol/L, mg/dL).');
  });

  it('lists the booked doses whose labs are missing, clears when they are entered, and flags the day view the same way', async () => {
    w = await openWorld({}, { ready: false });
    const { makeReadyWithout } = await import('./world');
    await makeReadyWithout(w, []);
    const before = await w.t.ok('labs:needed', { from: TODAY, days: 2 });
    expect(before.map((i) => i.appointmentId)).toEqual([w.appointmentId]);
    expect(before[0]!.needed.map((n) => n.en)).toContain('Creatinine: no result — draw it before the dose.');
    const day = async () =>
      (await w.t.ok('schedule:day', { date: TODAY })).appointments.find((a) => a.id === w.appointmentId)!.flags;
    expect(await day()).toContain('labs-pending');
    await w.t.ok('labs:enter', { patientId: w.patientId, results: dayBeforeLabs(), method: 'csv', locale: 'en' });
    expect(await w.t.ok('labs:needed', { from: TODAY, days: 2 })).toEqual([]);
    expect(await day()).not.toContain('labs-pending');
  });

  it('voids a result with a reason (audited), after which it no longer counts', async () => {
    w = await openWorld({}, { ready: true });
    const labs = await w.t.ok('labs:list', { patientId: w.patientId });
    const tsh = labs.results.find((r) => r.analyte === 'tsh')!;
    const after = await w.t.ok('labs:void', { resultId: tsh.id, reason: 'Wrong patient tube' });
    expect(after.results.find((r) => r.id === tsh.id)!.voided).toMatchObject({ reason: 'Wrong patient tube' });
    const view = await w.t.ok('ready:evaluate', { appointmentId: w.appointmentId });
    expect(view.readiness.reasons.map((r) => r.en)).toContain('TSH: no result — draw it before the dose.');
    const again = await w.t.call('labs:void', { resultId: tsh.id, reason: 'Twice' });
    expect(again.ok ? null : again.error.code).toBe('conflict');
    const audit = (await queryRow<{ n: number }>(
      w.t.core.store,
      "SELECT count(*) AS n FROM audit_event WHERE action = 'labs.void'",
    ))!;
    expect(audit.n).toBe(1);
  });

  it('keeps consent per plan; an expired consent holds the dose', async () => {
    w = await openWorld({}, { ready: true });
    await w.t.ok('consent:record', {
      planId: w.planId,
      date: '2026-11-21',
      type: 'verbal',
      obtainedBy: 'Dr Okafor',
      expiresOn: '2026-11-26',
    });
    const consent = (await w.t.ok('ready:evaluate', { appointmentId: w.appointmentId })).readiness.lines.find(
      (l) => l.key === 'consent',
    )!;
    expect(consent.items[0]!.text.en).toBe('Consent: expired on 26 Nov 2026.');
    const future = await w.t.call('consent:record', {
      planId: w.planId,
      date: '2026-12-01',
      type: 'written',
      obtainedBy: 'Dr Okafor',
      expiresOn: null,
    });
    expect(future.ok ? null : future.error.issues[0]?.path).toBe('date');
  });
});
