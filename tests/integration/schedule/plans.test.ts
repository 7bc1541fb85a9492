import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/core';
import { addPatient, changeCounter, makeCenter, startPlan } from '../../support/schedule';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z');
  await makeCenter(t);
});
afterEach(() => t.close());

describe('plans:create', () => {
  it('turns a pembrolizumab regimen into dated doses with the dose, its basis and the library version', async () => {
    const plan = await startPlan(t, await addPatient(t));
    expect(plan.status).toBe('active');
    expect(plan.libraryVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(plan.doses.map((d) => d.targetDate)).toEqual([
      '2026-11-30',
      '2026-12-21',
      '2027-01-11',
      '2027-02-01',
      '2027-02-22',
      '2027-03-15',
    ]);
    expect(plan.doses[0]).toMatchObject({
      doseNumber: 1,
      cycle: 1,
      isFirstDose: true,
      intervalDays: 21,
      infusionMinutes: 30,
    });
    expect(plan.doses[1]?.isFirstDose).toBe(false);
    expect(plan.doses[0]?.items).toEqual([
      expect.objectContaining({ drugName: 'Pembrolizumab (Keytruda)', doseMg: 200, doseText: '200 mg' }),
    ]);
    expect(plan.doses[0]?.items[0]?.basis).toContain('flat dose');
    // The working is stored as coded steps too, so the plan screen words it in French as well as English.
    const stored = await t.ok('plans:get', { planId: plan.id });
    expect(stored.doses[0]?.items[0]?.basisSteps).toEqual([{ step: 'flat', mg: 200 }]);
    // A flat dose does not depend on weight, so none is recorded as used.
    expect(plan.weightKgUsed).toBeNull();
  });

  it('works a weight-based dose out from the weight given and says how', async () => {
    const patientId = await addPatient(t, { weightKg: 72.4 });
    const plan = await startPlan(t, patientId, { regimenId: 'toripalimab-npc-after-platinum', maxDoses: 2 });
    expect(plan.weightKgUsed).toBe(72.4);
    expect(plan.doses[0]?.items[0]).toMatchObject({ doseMg: 217.2, doseText: '217.2 mg' });
    expect(plan.doses[0]?.items[0]?.basis).toContain('3 mg/kg × 72.4 kg = 217.2 mg');
  });

  it('names the field when a weight-based regimen has no weight, and writes nothing', async () => {
    const patientId = await addPatient(t, { weightKg: null, weightMeasuredOn: null });
    const changes = changeCounter(t);
    const result = await t.call('plans:create', {
      kind: 'regimen',
      patientId,
      regimenId: 'toripalimab-npc-after-platinum',
      startDate: '2026-11-30',
      maxDoses: 2,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'weightKg' }] } });
    expect(changes()).toBe(0);
  });

  it('asks for the number of doses of an open-ended regimen', async () => {
    const patientId = await addPatient(t);
    const result = await t.call('plans:create', {
      kind: 'regimen',
      patientId,
      regimenId: 'nivolumab-240-q2w',
      startDate: '2026-11-30',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'maxDoses' }] } });
  });

  it('refuses a start date in the past unless the nurse confirms it, then warns', async () => {
    const patientId = await addPatient(t);
    const changes = changeCounter(t);
    const refused = await t.call('plans:create', {
      kind: 'regimen',
      patientId,
      regimenId: 'pembrolizumab-200-q3w',
      startDate: '2026-11-02',
      maxDoses: 3,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'startDate' }] } });
    expect(changes()).toBe(0);
    const plan = await startPlan(t, patientId, { startDate: '2026-11-02', maxDoses: 3, confirmPastStart: true });
    expect(plan.warnings).toContainEqual({ code: 'started-before-today' });
    // Each unverified library fact behind the plan is named with the library's own note, not only counted.
    const unverified = plan.warnings.find((w) => w.code === 'unverified-facts');
    expect(unverified && 'facts' in unverified ? unverified.facts : []).toContainEqual(
      expect.stringMatching(/^pembrolizumab-200-q3w\/.*Confirm:/),
    );
  });

  it('refuses an unknown patient or regimen', async () => {
    const patientId = await addPatient(t);
    expect(
      await t.call('plans:create', {
        kind: 'regimen',
        patientId: 'nobody',
        regimenId: 'pembrolizumab-200-q3w',
        startDate: '2026-11-30',
        maxDoses: 1,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await t.call('plans:create', {
        kind: 'regimen',
        patientId,
        regimenId: 'no-such-regimen',
        startDate: '2026-11-30',
        maxDoses: 1,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid', issues: [{ path: 'regimenId' }] },
    });
  });

  it('builds a CAR T calendar: lymphodepletion days, day 0 and the monitoring dates', async () => {
    const patientId = await addPatient(t);
    const options = await t.ok('plans:options', {});
    const product = options.carTProducts.find((p) => p.id === 'axicabtagene-ciloleucel');
    const indicationId = product?.indications[0]?.id ?? '';
    const plan = await t.ok('plans:create', {
      kind: 'car-t',
      patientId,
      productId: 'axicabtagene-ciloleucel',
      indicationId,
      day0: '2026-12-14',
    });
    expect(plan.kind).toBe('car-t');
    expect(plan.carT).toMatchObject({ day0: '2026-12-14' });
    expect((plan.carT?.dailyMonitoringEnd ?? '') > '2026-12-14').toBe(true);
    const ld = plan.doses.filter((d) => d.kind === 'lymphodepletion');
    expect(ld.length).toBeGreaterThan(0);
    expect(ld.every((d) => d.targetDate < '2026-12-14')).toBe(true);
    expect(plan.doses.find((d) => d.kind === 'car-t-infusion')?.targetDate).toBe('2026-12-14');
    expect(plan.warnings.map((w) => w.code)).toContain('unbookable-visits');
  });
});

describe('plans:list-for-patient and plans:discontinue', () => {
  it('lists a patient’s plans with how many doses are booked', async () => {
    const patientId = await addPatient(t);
    const plan = await startPlan(t, patientId);
    await t.ok('schedule:book-plan', { planId: plan.id });
    const list = await t.ok('plans:list-for-patient', { patientId });
    expect(list).toEqual([
      expect.objectContaining({ id: plan.id, doseCount: 6, bookedCount: 6, nextDate: '2026-11-30' }),
    ]);
  });

  it('needs a reason, and discontinuing cancels the future appointments with that reason in their history', async () => {
    const patientId = await addPatient(t);
    const plan = await startPlan(t, patientId);
    await t.ok('schedule:book-plan', { planId: plan.id });
    const noReason = await t.call('plans:discontinue', { planId: plan.id, reason: '', orderedBy: 'Dr Okafor' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'reason' }] } });
    const { plan: ended } = await t.ok('plans:discontinue', {
      planId: plan.id,
      reason: 'Disease progression',
      orderedBy: 'Dr Okafor',
    });
    expect(ended).toMatchObject({ status: 'discontinued', statusReason: 'Disease progression' });
    expect(ended.doses.every((d) => d.appointment === null)).toBe(true);
    const day = await t.ok('schedule:day', { date: '2026-11-30' });
    const [cancelled] = day.appointments;
    expect(cancelled?.status).toBe('cancelled');
    const history = await t.ok('schedule:history', { appointmentId: cancelled?.id ?? '' });
    expect(history.at(-1)).toMatchObject({ action: 'cancel', reason: 'Disease progression' });
    const again = await t.call('plans:resume', { planId: plan.id, reason: 'Oops, restart', orderedBy: 'Dr Okafor' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('plans:create and the regimen limits', () => {
  it('stops pembrolizumab before 24 months and says why, whatever number of doses is asked for', async () => {
    const patientId = await addPatient(t);
    const plan = await t.ok('plans:create', {
      kind: 'regimen',
      patientId,
      regimenId: 'pembrolizumab-200-q3w',
      startDate: '2026-11-30',
      maxDoses: 100,
    });
    expect(plan.doses).toHaveLength(35);
    expect(plan.doses.at(-1)!.targetDate < '2028-11-30').toBe(true);
    expect(plan.end).toEqual({
      reason: 'max-duration',
      text: 'Maximum duration: up to 24 months (most indications) from the first dose.',
      phaseLabel: 'Pembrolizumab',
      limitDate: '2028-11-30',
      duration: { amount: 24, unit: 'months' },
    });
    // Stored and read back with the duration as numbers, for the screen to word in either language.
    expect((await t.ok('plans:get', { planId: plan.id })).end).toEqual(plan.end);
  });

  it('stops nivolumab + ipilimumab after the 4 combination doses: the continuation is ordered as its own plan', async () => {
    const patientId = await addPatient(t);
    const plan = await t.ok('plans:create', {
      kind: 'regimen',
      patientId,
      regimenId: 'nivolumab-ipilimumab-melanoma',
      startDate: '2026-11-30',
      weightKg: 70,
    });
    expect(plan.doses.map((d) => d.items.map((i) => i.drugId))).toEqual(Array(4).fill(['nivolumab', 'ipilimumab']));
    expect(plan.end).toMatchObject({
      reason: 'next-phase-unscheduled',
      text: expect.stringMatching(/ordered as its own plan|its own plan/) as unknown,
    });
  });

  it('offers every regimen grouped by its drugs, with its phases’ lengths for the form to word', async () => {
    const options = await t.ok('plans:options', {});
    const of = (id: string) => options.regimens.find((r) => r.id === id)!;
    expect(of('nivolumab-360-q3w-ipilimumab-q6w')).toMatchObject({
      group: 'Nivolumab + ipilimumab',
      openEnded: false,
      length: {
        phases: [{ label: 'Nivolumab, with ipilimumab every 6 weeks', doses: null, maxDuration: 'up to 2 years' }],
        nextPhaseLabel: null,
      },
    });
    expect(of('ipilimumab-adjuvant-melanoma')).toMatchObject({
      openEnded: false,
      length: {
        phases: [{ label: '10 mg/kg every 3 weeks', doses: 4, maxDuration: null }],
        nextPhaseLabel: '10 mg/kg every 12 weeks',
      },
    });
    expect(of('durvalumab-tremelimumab-stride').group).toBe('Tremelimumab + durvalumab');
  });

  it('carries the Aucatzyl second-dose hold rules on the second infusion of the plan', async () => {
    const patientId = await addPatient(t);
    const plan = await t.ok('plans:create', {
      kind: 'car-t',
      patientId,
      productId: 'obecabtagene-autoleucel',
      indicationId: 'b-all',
      day0: '2026-12-10',
    });
    const second = plan.doses.find((d) => d.kind === 'car-t-additional')!;
    expect(second.targetDate).toBe('2026-12-19');
    expect(second.items[0]!.basis).toMatch(/Before giving it: CRS grade 2 after the first dose: consider postponing/);
    // The same working as coded steps, for the screen to word in French; stored and read back as such.
    expect(second.items[0]!.basisSteps).toEqual([
      {
        step: 'additional-infusion',
        label: 'Second split dose (label Day 10)',
        text: expect.stringMatching(/^Label Day 10 \(±2 days\)/) as unknown,
      },
      {
        step: 'hold-rules',
        rules: expect.arrayContaining([expect.stringMatching(/^CRS grade 2 after the first dose/)]) as unknown,
      },
    ]);
    const cells = plan.doses.find((d) => d.kind === 'car-t-infusion')!.items[0]!;
    expect(cells.basisSteps).toEqual([
      { step: 'car-t-label-dose', indication: 'Adults with relapsed or refractory B-cell precursor ALL' },
    ]);
    expect((await t.ok('plans:get', { planId: plan.id })).doses).toEqual(plan.doses);
    expect(plan.carT).toMatchObject({ dailyMonitoringEnd: '2026-12-26', noDrivingEnd: '2027-01-02' });
    expect(plan.warnings).toContainEqual({ code: 'no-lymphodepletion' });
  });

  it('codes each lymphodepletion day of a CAR T plan, keeping the English working beside it', async () => {
    const patientId = await addPatient(t);
    // Kymriah PI: flu/cy numbered from its start, infusion 2–14 days after its end (3 chosen here).
    const plan = await t.ok('plans:create', {
      kind: 'car-t',
      patientId,
      productId: 'tisagenlecleucel',
      indicationId: 'lbcl',
      ldRegimenId: 'lymphoma-flu-cy',
      daysAfterLdCompletion: 3,
      day0: '2026-12-14',
    });
    const ld = plan.doses.filter((d) => d.kind === 'lymphodepletion');
    expect(ld.map((d) => [d.targetDate, d.items.map((i) => i.basisSteps)])).toEqual([
      ['2026-12-08', Array(2).fill([{ step: 'lymphodepletion-day', day: -6 }])],
      ['2026-12-09', Array(2).fill([{ step: 'lymphodepletion-day', day: -5 }])],
      ['2026-12-10', Array(2).fill([{ step: 'lymphodepletion-day', day: -4 }])],
    ]);
    expect(ld[2]!.items[0]!.basis).toBe('Lymphodepletion, day -4');
  });
});
