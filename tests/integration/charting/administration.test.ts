import { afterEach, describe, expect, it } from 'vitest';
import { NURSE } from '../../support/auth';
import {
  administration,
  CHARGE,
  checkedAdministration,
  checkIn,
  draft,
  openWorld,
  requestId,
  type World,
} from './setup';

let w: World;
afterEach(() => w.t.close());

const adminRows = () =>
  w.t.core.store.prepare<{ n: number }>("SELECT count(*) AS n FROM chart_entry WHERE kind = 'administration'").get()!.n;

async function pembrolizumabVisit() {
  w = await openWorld();
  await checkIn(w);
}

describe('independent double check', () => {
  it('refuses the signed-in nurse as her own second nurse, and a double check without a second nurse', async () => {
    await pembrolizumabVisit();
    const admin = await draft(w, 'administration', administration('pembrolizumab', 1));
    if (!admin.ok) throw new Error(admin.error.message);
    const check = await draft(w, 'double-check', {
      administrationEntryId: admin.value.id,
      drugId: 'pembrolizumab',
      rateMlPerHour: 200,
      confirmed: { patient: true, drug: true, dose: true, rate: true, route: true },
    });
    if (!check.ok) throw new Error(check.error.message);
    const self = await w.t.call('auth:verify-second-user', {
      initials: NURSE.initials,
      secret: NURSE.secret,
      actionId: `chart-sign:${check.value.id}`,
    });
    expect(self.ok ? null : self.error.code).toBe('forbidden');
    if (!self.ok) expect(self.error.message).toMatch(/different nurse/);
    const alone = await w.t.call('charting:sign', { id: check.value.id, clientRequestId: requestId() });
    expect(alone.ok ? null : alone.error.code).toBe('forbidden');
    const row = w.t.core.store
      .prepare<{ status: string }>('SELECT status FROM chart_entry WHERE id = ?')
      .get(check.value.id);
    expect(row?.status).toBe('draft');
  });

  it('records who verified, and lets the drug start only at the rate that was checked', async () => {
    await pembrolizumabVisit();
    const before = await draft(w, 'administration', administration('pembrolizumab', 1, { startTime: '10:05' }));
    expect(before.ok ? null : before.error.code).toBe('forbidden');
    const admin = await checkedAdministration(w, 'pembrolizumab', 1);
    const check = w.t.core.store
      .prepare<{ verified_by: string; signed_by: string }>(
        "SELECT verified_by, signed_by FROM chart_entry WHERE kind = 'double-check'",
      )
      .get();
    expect(check).toEqual({ verified_by: w.chargeId, signed_by: w.nurseId });
    const otherRate = await draft(
      w,
      'administration',
      administration('pembrolizumab', 1, { startTime: '10:05', rateMlPerHour: 400 }),
      { id: admin.id },
    );
    expect(otherRate.ok ? null : otherRate.error.code).toBe('forbidden');
    const started = await draft(w, 'administration', administration('pembrolizumab', 1, { startTime: '10:05' }), {
      id: admin.id,
    });
    expect(started.ok).toBe(true);
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
    expect(adminRows()).toBe(1);
  });

  it('signs once, however often the signature is sent', async () => {
    await pembrolizumabVisit();
    const admin = await checkedAdministration(w, 'pembrolizumab', 1);
    await draft(w, 'administration', administration('pembrolizumab', 1, { startTime: '10:05', stopTime: '10:35' }), {
      id: admin.id,
    });
    const sign = { id: admin.id, clientRequestId: requestId() };
    const [a, b] = await Promise.all([w.t.call('charting:sign', sign), w.t.call('charting:sign', sign)]);
    expect(a.ok && b.ok).toBe(true);
    const signs = w.t.core.store
      .prepare<{ n: number }>("SELECT count(*) AS n FROM audit_event WHERE action = 'sign' AND object_id = ?")
      .get(admin.id);
    expect(signs?.n).toBe(1);
  });

  it('enforces the combination-day order from the regimen: ipilimumab starts after nivolumab stopped', async () => {
    w = await openWorld({ regimenId: 'nivolumab-ipilimumab-melanoma', maxDoses: 4 });
    await checkIn(w);
    const context = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(context.drugs.map((d) => [d.drugId, d.order])).toEqual([
      ['nivolumab', 1],
      ['ipilimumab', 2],
    ]);
    const nivo = await checkedAdministration(w, 'nivolumab', 1);
    const ipi = await checkedAdministration(w, 'ipilimumab', 2);
    const early = await draft(w, 'administration', administration('ipilimumab', 2, { startTime: '10:05' }), {
      id: ipi.id,
    });
    expect(early.ok ? null : early.error.code).toBe('conflict');
    if (!early.ok) expect(early.error.message).toMatch(/Nivolumab \(Opdivo\) is given first/);
    await draft(w, 'administration', administration('nivolumab', 1, { startTime: '10:05' }), { id: nivo.id });
    const stillRunning = await draft(w, 'administration', administration('ipilimumab', 2, { startTime: '10:20' }), {
      id: ipi.id,
    });
    expect(stillRunning.ok ? null : stillRunning.error.code).toBe('conflict');
    await draft(w, 'administration', administration('nivolumab', 1, { startTime: '10:05', stopTime: '10:35' }), {
      id: nivo.id,
    });
    const after = await draft(w, 'administration', administration('ipilimumab', 2, { startTime: '10:40' }), {
      id: ipi.id,
    });
    expect(after.ok).toBe(true);
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
