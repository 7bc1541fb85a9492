import { queryRow, queryRows } from '../../support/rows';
import { afterEach, describe, expect, it } from 'vitest';
import { NURSE } from '../../support/auth';
import {
  administration,
  at,
  bagReading,
  CHARGE,
  checkedAdministration,
  checkIn,
  doubleCheck,
  draft,
  infusion,
  openWorld,
  orderedRate,
  releaseDose,
  requestId,
  signedAssessment,
  type World,
} from './setup';

let w: World;
afterEach(() => w.t.close());

const adminRows = async () =>
  (await queryRow<{ n: number }>(
    w.t.core.store,
    "SELECT count(*) AS n FROM chart_entry WHERE kind = 'administration'",
  ))!.n;

async function pembrolizumabVisit() {
  w = await openWorld();
  await checkIn(w);
  await signedAssessment(w);
}

const resultOf = (check: { payload: Record<string, unknown> }) =>
  Object.fromEntries((check.payload.checks as { field: string; result: string }[]).map((c) => [c.field, c.result]));

describe('independent double check', () => {
  it('refuses the signed-in nurse as her own second nurse, and a double check without a second nurse', async () => {
    await pembrolizumabVisit();
    const admin = await draft(w, 'administration', administration('pembrolizumab', 1));
    if (!admin.ok) throw new Error(admin.error.message);
    const check = await draft(w, 'double-check', { administrationEntryId: admin.value.id, reading: bagReading() });
    if (!check.ok) throw new Error(check.error.message);
    const self = await w.t.call('auth:verify-second-user', {
      initials: NURSE.initials,
      secret: NURSE.secret,
      actionId: `chart-sign:${check.value.id}`,
    });
    expect(self.ok ? null : self.error.code).toBe('forbidden');
    if (!self.ok) expect(self.error.issues[0]).toMatchObject({ path: 'userId', code: 'same-nurse' });
    const alone = await w.t.call('charting:sign', { id: check.value.id, clientRequestId: requestId() });
    expect(alone.ok ? null : alone.error.code).toBe('forbidden');
    const row = await queryRow<{ status: string }>(
      w.t.core.store,
      'SELECT status FROM chart_entry WHERE id = ?',
      check.value.id,
    );
    expect(row?.status).toBe('draft');
  });

  it('compares both readings with the plan field by field, and starts only at the checked rate', async () => {
    await pembrolizumabVisit();
    await at(w, '10:00');
    const admin = await draft(w, 'administration', administration('pembrolizumab', 1));
    if (!admin.ok) throw new Error(admin.error.message);
    const unchecked = await infusion(w, 'pembrolizumab', 'start');
    expect(unchecked.ok ? null : unchecked.error.issues[0]).toMatchObject({ code: 'double-check-required' });
    const check = await doubleCheck(w, admin.value.entryId, bagReading());
    expect(check.verifiedBy).toBe(w.chargeId);
    expect(resultOf(check)).toEqual({
      drug: 'match',
      dose: 'match',
      volume: 'match',
      rate: 'match',
      route: 'match',
      lot: 'match',
      expiry: 'match',
    });
    await at(w, '10:05');
    const started = await infusion(w, 'pembrolizumab', 'start');
    if (!started.ok) throw new Error(started.error.message);
    expect(started.value.infusions[0]?.summary).toMatchObject({ state: 'running', startTime: '10:05', firstRate: 200 });
    expect(started.value.phase).toBe('infusing');
  });

  it('blocks the start when the second nurse reads something else, naming the field, until checked again', async () => {
    await pembrolizumabVisit();
    await at(w, '10:00');
    const admin = await draft(w, 'administration', administration('pembrolizumab', 1));
    if (!admin.ok) throw new Error(admin.error.message);
    const mismatch = await doubleCheck(w, admin.value.entryId, bagReading({ doseMg: 20, lot: 'lot-124' }));
    expect(resultOf(mismatch)).toMatchObject({ dose: 'mismatch', lot: 'mismatch', drug: 'match' });
    const refused = await infusion(w, 'pembrolizumab', 'start');
    expect(refused.ok ? null : refused.error.issues[0]).toMatchObject({
      code: 'double-check-difference',
      params: { differences: 'dose, lot' },
    });
    await at(w, '10:01');
    await doubleCheck(w, admin.value.entryId, bagReading({ lot: 'lot-123' }));
    expect((await infusion(w, 'pembrolizumab', 'start')).ok).toBe(true);
  });

  it('compares with the plan: two nurses agreeing on the wrong dose, or an expired bag, still block the start', async () => {
    await pembrolizumabVisit();
    await at(w, '10:00');
    const wrong = bagReading({ doseMg: 100 });
    const admin = await draft(w, 'administration', administration('pembrolizumab', 1, { bag: wrong }));
    if (!admin.ok) throw new Error(admin.error.message);
    expect(resultOf(await doubleCheck(w, admin.value.entryId, wrong))).toMatchObject({ dose: 'mismatch' });
    const expired = bagReading({ expiry: '2026-11-26' });
    await draft(w, 'administration', administration('pembrolizumab', 1, { bag: expired }), { id: admin.value.id });
    expect(resultOf(await doubleCheck(w, admin.value.entryId, expired))).toMatchObject({ expiry: 'expired' });
    expect((await infusion(w, 'pembrolizumab', 'start')).ok).toBe(false);
  });

  it('needs a new double check when the first nurse changes her reading after it', async () => {
    await pembrolizumabVisit();
    await at(w, '10:00');
    const admin = await checkedAdministration(w, 'pembrolizumab', 1);
    await draft(w, 'administration', administration('pembrolizumab', 1, { bag: bagReading({ rateMlPerHour: 400 }) }), {
      id: admin.id,
    });
    const refused = await infusion(w, 'pembrolizumab', 'start');
    expect(refused.ok ? null : refused.error.issues[0]).toMatchObject({ code: 'double-check-stale' });
  });

  it('compares with the pharmacist-verified order, and starts nothing without one', async () => {
    w = await openWorld({}, { released: false });
    await checkIn(w);
    await signedAssessment(w);
    await at(w, '10:00');
    const admin = await checkedAdministration(w, 'pembrolizumab', 1);
    const checks = await queryRow<{ payload: string }>(
      w.t.core.store,
      "SELECT payload FROM chart_entry WHERE kind = 'double-check' AND status = 'signed'",
    );
    expect(JSON.parse(checks!.payload)).toMatchObject({ against: 'plan' });
    const refused = await infusion(w, 'pembrolizumab', 'start');
    expect(refused.ok ? null : refused.error.message).toMatch(/Dose 1 has no order yet/);
    expect(refused.ok ? null : refused.error.issues[0]).toMatchObject({ code: 'order-not-released' });
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(context.release).toMatchObject({ status: 'no-order' });
    await releaseDose(w.t, w.planId, 1);
    await at(w, '10:01');
    await doubleCheck(w, admin.entryId, bagReading());
    const rows = (
      await queryRows<{ payload: string }>(
        w.t.core.store,
        "SELECT payload FROM chart_entry WHERE kind = 'double-check' AND status = 'signed'",
      )
    ).map((r) => JSON.parse(r.payload) as { against: string });
    expect(rows.map((r) => r.against).sort()).toEqual(['plan', 'verified-order']);
    expect((await infusion(w, 'pembrolizumab', 'start')).ok).toBe(true);
  });

  it('takes drug, dose and route from the plan, never from the form', async () => {
    await pembrolizumabVisit();
    const admin = await draft(w, 'administration', {
      ...administration('pembrolizumab', 1),
      doseText: '2,000 mg',
      route: 'SC',
    });
    if (!admin.ok) throw new Error(admin.error.message);
    expect(admin.value.payload).toMatchObject({
      doseText: '200 mg',
      doseMg: 200,
      route: 'IV',
      drugName: 'Pembrolizumab (Keytruda)',
    });
  });
});

describe('administration record', () => {
  it('stores a double-submitted administration once', async () => {
    await pembrolizumabVisit();
    const id = requestId();
    const first = await draft(w, 'administration', administration('pembrolizumab', 1), { clientRequestId: id });
    const again = await draft(w, 'administration', administration('pembrolizumab', 1), { clientRequestId: id });
    if (!first.ok || !again.ok) throw new Error('save failed');
    expect(again.value.id).toBe(first.value.id);
    const retried = await draft(w, 'administration', administration('pembrolizumab', 1));
    expect(retried.ok ? null : retried.error.code).toBe('conflict');
    expect(await adminRows()).toBe(1);
  });

  it('signs once, however often the signature is sent, with the times read from the infusion', async () => {
    await pembrolizumabVisit();
    await at(w, '10:00');
    const admin = await checkedAdministration(w, 'pembrolizumab', 1);
    await at(w, '10:05');
    await infusion(w, 'pembrolizumab', 'start');
    await at(w, '10:36');
    await infusion(w, 'pembrolizumab', 'stop', { complete: true });
    const sign = { id: admin.id, clientRequestId: requestId() };
    const [a, b] = await Promise.all([w.t.call('charting:sign', sign), w.t.call('charting:sign', sign)]);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok) {
      expect(a.value.payload.infusion).toMatchObject({
        state: 'stopped',
        startTime: '10:05',
        stopTime: '10:36',
        complete: true,
        minutesRunning: 31,
      });
    }
    const signs = await queryRow<{ n: number }>(
      w.t.core.store,
      "SELECT count(*) AS n FROM audit_event WHERE action = 'sign' AND object_id = ?",
      admin.id,
    );
    expect(signs?.n).toBe(1);
    expect((await infusion(w, 'pembrolizumab', 'rate', { rateMlPerHour: 100 })).ok).toBe(false);
  });

  it('enforces the combination-day order from the regimen: ipilimumab starts after nivolumab stopped', async () => {
    w = await openWorld({ regimenId: 'nivolumab-ipilimumab-melanoma', maxDoses: 4 });
    // Ipilimumab's label also asks for adrenal function before each dose (Ready to treat).
    const cortisol = {
      analyte: 'cortisol',
      drawnAt: '2026-11-26T08:00',
      value: '420',
      unit: 'nmol/L',
      refLow: '140',
      refHigh: '690',
    };
    await w.t.ok('labs:enter', { patientId: w.patientId, results: [cortisol], method: 'hand', locale: 'en' });
    await checkIn(w);
    await signedAssessment(w);
    await at(w, '10:00');
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(context.drugs.map((d) => [d.drugId, d.order])).toEqual([
      ['nivolumab', 1],
      ['ipilimumab', 2],
    ]);
    // Each bag as ordered: the plan's dose, 100 mL over the plan's infusion time.
    const bagOf = (drugId: string) => {
      const drug = context.drugs.find((d) => d.drugId === drugId)!;
      return bagReading({ drugId, doseMg: drug.doseMg, rateMlPerHour: orderedRate(drug.infusionMinutes) });
    };
    await checkedAdministration(w, 'nivolumab', 1, { bag: bagOf('nivolumab') });
    await checkedAdministration(w, 'ipilimumab', 2, { bag: bagOf('ipilimumab') });
    const early = await infusion(w, 'ipilimumab', 'start');
    expect(early.ok ? null : early.error.code).toBe('conflict');
    if (!early.ok)
      expect(early.error.issues[0]).toMatchObject({ code: 'regimen-order', params: { first: 'Nivolumab (Opdivo)' } });
    await at(w, '10:05');
    expect((await infusion(w, 'nivolumab', 'start')).ok).toBe(true);
    await at(w, '10:20');
    expect((await infusion(w, 'ipilimumab', 'start')).ok).toBe(false);
    await at(w, '10:40');
    await infusion(w, 'nivolumab', 'stop', { complete: true, time: '10:35' });
    const beforeStop = await infusion(w, 'ipilimumab', 'start', { time: '10:30' });
    expect(beforeStop.ok ? null : beforeStop.error.issues[0]?.path).toBe('time');
    const after = await infusion(w, 'ipilimumab', 'start');
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.phase).toBe('infusing');
  });

  it('refuses a drug that is not in this visit’s plan', async () => {
    await pembrolizumabVisit();
    const result = await draft(w, 'administration', administration('nivolumab', 1));
    expect(result.ok ? null : result.error.issues[0]?.path).toBe('payload.drugId');
  });

  it('gives the library facts for each drug: expected time, filter wording and restart percentage', async () => {
    await pembrolizumabVisit();
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(context.drugs[0]).toMatchObject({
      drugId: 'pembrolizumab',
      infusionMinutes: 30,
      filterText: expect.stringContaining('0.2–5 µm') as unknown,
      restartPercent: 50,
      restartIsCenterValue: false,
      reactionRule: 'Grade 1–2: interrupt or slow the rate of infusion. Grade 3–4: permanently discontinue.',
    });
    expect(CHARGE.initials).toBe('CC');
  });
});
