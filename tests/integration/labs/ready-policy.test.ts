import { afterEach, describe, expect, it } from 'vitest';
import { CHARGE, NURSE, signInAs } from '../../support/auth';
import { checkIn, draft, fullAssessment, openWorld, type World } from '../charting/setup';

// The center's Ready-to-treat values through the channels: the shipped limits with their sources for the
// Settings screen, a charge nurse's audited save that changes the answer, and refusals that name the field.

let w: World;
afterEach(() => w.t.close());

const CENTER_POLICY = { preDoseMaxAgeHours: 72, periodicMaxAgeDays: 42, limits: {} };

async function heldByAlt190() {
  w = await openWorld({}, { ready: false });
  const { makeReadyWithout } = await import('./world');
  const { dayBeforeLabs } = await import('../charting/setup');
  await makeReadyWithout(w, dayBeforeLabs({ alt: '190' }));
  await checkIn(w);
  const saved = await draft(w, 'assessment', fullAssessment());
  if (!saved.ok) throw new Error(saved.error.message);
}

describe('ready:policy-defaults', () => {
  it('lists every shipped limit with its source, and the rules whose windows the center sets', async () => {
    w = await openWorld();
    const defaults = await w.t.ok('ready:policy-defaults', {});
    const alt = defaults.limits.find((l) => l.id === 'alt-above-3-uln')!;
    expect(alt).toMatchObject({ analyte: 'alt', compare: 'uln-multiple', limit: 3, unit: null });
    expect(alt.sources.map((s) => s.url)).toContain('https://drugs.com/dosage/libtayo-injection.html');
    const steroids = defaults.limits.find((l) => l.id === 'steroids')!;
    expect(steroids).toMatchObject({ compare: 'steroid-mg-per-day', limit: 10, unit: 'mg/day' });
    expect(steroids.sources.length).toBeGreaterThan(0);
    expect(defaults.preDoseSources.map((s) => s.url)).toContain('https://eguideline.guidelinecentral.com/i/1475468/42');
    expect(defaults.periodicSources.map((s) => s.url)).toContain(
      'https://prescriberpoint.com/therapies/loqtorzi-82e7921',
    );
  });
});

describe('ready:save-policy', () => {
  it('lets a charge nurse raise the ALT limit, audited with the values before, and the dose is then ready', async () => {
    await heldByAlt190();
    const before = await w.t.ok('ready:evaluate', { appointmentId: w.appointmentId });
    expect(before.readiness.outcome).toBe('hold');

    await signInAs(w.t, CHARGE);
    const policy = { ...CENTER_POLICY, limits: { 'alt-above-3-uln': 4 } };
    expect(await w.t.ok('ready:save-policy', { policy })).toEqual(policy);
    const audit = (await w.t.ok('audit:list', { limit: 1 }))[0]!;
    expect(audit).toMatchObject({ action: 'update', objectType: 'settings', objectId: 'readyToTreatPolicy' });
    expect(JSON.stringify(audit)).toContain('alt-above-3-uln');

    await signInAs(w.t, NURSE);
    const after = await w.t.ok('ready:evaluate', { appointmentId: w.appointmentId });
    const alt = after.readiness.lines.find((l) => l.key === 'values')!.items.find((i) => i.text.en.startsWith('ALT'))!;
    expect(alt).toMatchObject({ status: 'met', isCenterValue: true });
    expect(alt.text.en).toBe('ALT 190 U/L, not above 224 U/L (4 × ULN).');
    expect(after.readiness.outcome).toBe('ready');
  });

  it('refuses a nurse: only a charge nurse or an administrator changes the center’s values', async () => {
    w = await openWorld();
    const refused = await w.t.call('ready:save-policy', { policy: CENTER_POLICY });
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
  });

  it('refuses a window out of range and a limit the library does not have, naming each field', async () => {
    w = await openWorld();
    await signInAs(w.t, CHARGE);
    const tooLong = await w.t.call('ready:save-policy', { policy: { ...CENTER_POLICY, preDoseMaxAgeHours: 400 } });
    expect(tooLong.ok ? [] : tooLong.error.issues.map((i) => i.path)).toEqual(['policy.preDoseMaxAgeHours']);
    const unknown = await w.t.call('ready:save-policy', { policy: { ...CENTER_POLICY, limits: { 'alt-x': 2 } } });
    expect(unknown.ok ? [] : unknown.error.issues.map((i) => i.path)).toEqual(['policy.limits.alt-x']);
    expect(await w.t.ok('ready:policy', {})).toEqual(CENTER_POLICY);
  });
});
