import { describe, expect, it } from 'vitest';
import type { Drug, Regimen } from '../../../shared/clinical';
import { clinicalLibrary, findResourcesDir } from '../../../electron/main/core/resources';
import {
  applyOverride,
  drugTargets,
  overrideValueProblem,
  regimenTargets,
  type OverrideTarget,
} from '../../../shared/library/targets';

const library = clinicalLibrary(findResourcesDir());
const drug = (id: string) => library.drugs.find((d) => d.id === id)!;
const regimen = (id: string) => library.regimens.find((r) => r.id === id)!;
const minutesOf = (id: string) => library.drugs.find((d) => d.id === id)?.infusionMinutes;
const target = (targets: OverrideTarget[], path: string) => targets.find((t) => t.path === path)!;

describe('override targets', () => {
  it('lists the numeric values of a drug a center may change, with the shipped value, and two policy fields', () => {
    const targets = drugTargets(drug('pembrolizumab'));
    expect(targets.map((t) => t.path)).toEqual([
      'infusionMinutes.first',
      'infusionMinutes.subsequent',
      'doseOptions.0.dose.mg',
      'doseOptions.0.intervalDays',
      'doseOptions.1.dose.mg',
      'doseOptions.1.intervalDays',
      'doseOptions.2.dose.mg',
      'doseOptions.2.intervalDays',
      'doseOptions.3.dose.mg',
      'doseOptions.3.intervalDays',
      'doseOptions.4.dose.mgPerKg',
      'doseOptions.4.intervalDays',
      'centerPolicy.firstDoseObservationMinutes',
      'centerPolicy.restartRatePercent',
    ]);
    expect(target(targets, 'doseOptions.0.dose.mg')).toMatchObject({ fieldKind: 'doseMg', shippedValue: 200 });
    expect(target(targets, 'centerPolicy.restartRatePercent')).toMatchObject({ shippedValue: null, min: 1, max: 100 });
  });

  it('reaches doses inside weight bands, and a regimen item takes its drug time when it has none', () => {
    const stride = regimenTargets(regimen('durvalumab-tremelimumab-stride'), minutesOf);
    expect(target(stride, 'phases.0.items.0.dose.bands.1.dose.mg')).toMatchObject({ shippedValue: 300 });
    expect(target(stride, 'phases.0.items.1.dose.bands.0.dose.mgPerKg')).toMatchObject({ shippedValue: 20 });
    expect(target(stride, 'phases.0.items.1.infusionMinutes.first').shippedValue).toBe(
      drug('durvalumab').infusionMinutes.first,
    );
  });
});

describe('overrideValueProblem', () => {
  const targets = drugTargets(drug('pembrolizumab'));
  const rows: Array<[string, string, number, RegExp | null]> = [
    ['a negative dose', 'doseOptions.0.dose.mg', -200, /more than 0 mg/],
    ['a zero dose', 'doseOptions.0.dose.mg', 0, /more than 0 mg/],
    ['a fractional dose', 'doseOptions.0.dose.mg', 187.5, null],
    ['a zero interval', 'doseOptions.0.intervalDays', 0, /at least 1 day\./],
    ['a fractional interval', 'doseOptions.0.intervalDays', 21.5, /whole number of days/],
    ['an infusion longer than the day', 'infusionMinutes.first', 541, /longest opening day \(9 h = 540 min\)/],
    ['an infusion exactly the day', 'infusionMinutes.first', 540, null],
    ['no observation', 'centerPolicy.firstDoseObservationMinutes', 0, null],
    ['a restart faster than before', 'centerPolicy.restartRatePercent', 101, /at most 100 %/],
    ['the shipped value', 'infusionMinutes.first', 30, /shipped value/],
    ['not a number', 'infusionMinutes.first', Number.NaN, /Enter a number/],
  ];
  it.each(rows)('%s', (_name, path, value, expected) => {
    const problem = overrideValueProblem(target(targets, path), value, 540);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('applyOverride', () => {
  it('writes into a copy, creating a regimen item time from its drug, and never writes policy fields', () => {
    const copy = structuredClone<Regimen>(regimen('pembrolizumab-200-q3w'));
    expect(applyOverride(copy, 'phases.0.items.0.infusionMinutes.subsequent', 25, minutesOf)).toBe(true);
    expect(copy.phases[0]?.items[0]?.infusionMinutes).toMatchObject({ first: 30, subsequent: 25 });
    expect(regimen('pembrolizumab-200-q3w').phases[0]?.items[0]?.infusionMinutes).toBeUndefined();
    const drugCopy = structuredClone<Drug>(drug('pembrolizumab'));
    expect(applyOverride(drugCopy, 'centerPolicy.restartRatePercent', 50, minutesOf)).toBe(false);
    expect(drugCopy).toEqual(drug('pembrolizumab'));
  });
});
