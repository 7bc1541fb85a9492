import type { CarTProduct, DoseRule, Drug, InfusionMinutes, Regimen } from '../clinical';
import { setValueAt, valueAt } from './paths';

// Which values of a shipped record a center may replace with its own, and the rules each value must meet.
// An allow-list, not "any path": every field here is a number whose meaning and limits are known, so an
// override can never change the shape of a record, its sources or its UNVERIFIED marks.

export const OVERRIDE_RECORD_KINDS = ['drug', 'regimen', 'car-t'] as const;
export type OverrideRecordKind = (typeof OVERRIDE_RECORD_KINDS)[number];

export const OVERRIDE_FIELD_KINDS = [
  'firstInfusionMinutes',
  'laterInfusionMinutes',
  'intervalDays',
  'phaseDoses',
  'doseMg',
  'doseMgPerKg',
  'firstDoseObservationMinutes',
  'restartRatePercent',
  'dailyMonitoringDays',
  'stayNearDays',
  'noDrivingDays',
] as const;
export type OverrideFieldKind = (typeof OVERRIDE_FIELD_KINDS)[number];

export type OverrideUnit = 'min' | 'days' | 'doses' | 'mg' | 'mg/kg' | '%';

export const OVERRIDE_UNITS: Record<OverrideFieldKind, OverrideUnit> = {
  firstInfusionMinutes: 'min',
  laterInfusionMinutes: 'min',
  intervalDays: 'days',
  phaseDoses: 'doses',
  doseMg: 'mg',
  doseMgPerKg: 'mg/kg',
  firstDoseObservationMinutes: 'min',
  restartRatePercent: '%',
  dailyMonitoringDays: 'days',
  stayNearDays: 'days',
  noDrivingDays: 'days',
};

/**
 * Center-policy fields have no shipped value: no label sets them (no ICI label requires a fixed observation
 * period, and restarting at half the rate after a reaction is a protocol rule, not a label rule). They live under `centerPolicy.` and are reported, never written into the record.
 */
export const CENTER_POLICY_PREFIX = 'centerPolicy.';

export interface OverrideTarget {
  path: string;
  fieldKind: OverrideFieldKind;
  /** Which dose option, phase or drug the field belongs to, in the library's own (English) words. */
  context: string;
  /** The value the shipped library gives; null for a center-policy field. */
  shippedValue: number | null;
  isInteger: boolean;
  /** The smallest allowed value; with `isMinExclusive` the value must be above it (a dose above 0 mg). */
  min: number;
  isMinExclusive: boolean;
  max: number | null;
  /** Minutes that must fit in the center's longest opening day. */
  isChairTime: boolean;
}

type DrugMinutes = (drugId: string) => InfusionMinutes | undefined;

/** "Pembrolizumab (Keytruda)", as the rest of the app names a product. */
const recordName = (r: { genericName: string; brandName: string }) =>
  `${r.genericName.charAt(0).toUpperCase()}${r.genericName.slice(1)} (${r.brandName})`;

const base = { isInteger: true, min: 1, isMinExclusive: false, max: null, isChairTime: false };

const minutes = (path: string, fieldKind: OverrideFieldKind, context: string, shipped: number): OverrideTarget => ({
  ...base,
  path,
  fieldKind,
  context,
  shippedValue: shipped,
  isChairTime: true,
});

const whole = (
  path: string,
  fieldKind: OverrideFieldKind,
  context: string,
  shipped: number,
  max: number | null = null,
): OverrideTarget => ({
  ...base,
  path,
  fieldKind,
  context,
  shippedValue: shipped,
  max,
});

function policyTargets(context: string): OverrideTarget[] {
  const path = (key: string) => `${CENTER_POLICY_PREFIX}${key}`;
  return [
    {
      ...base,
      path: path('firstDoseObservationMinutes'),
      fieldKind: 'firstDoseObservationMinutes',
      context,
      shippedValue: null,
      min: 0,
      isChairTime: true,
    },
    {
      ...base,
      path: path('restartRatePercent'),
      fieldKind: 'restartRatePercent',
      context,
      shippedValue: null,
      max: 100,
    },
  ];
}

function infusionTargets(prefix: string, context: string, value: InfusionMinutes): OverrideTarget[] {
  return [
    minutes(`${prefix}infusionMinutes.first`, 'firstInfusionMinutes', context, value.first),
    minutes(`${prefix}infusionMinutes.subsequent`, 'laterInfusionMinutes', context, value.subsequent),
  ];
}

/** Flat and per-kg amounts, including those inside weight bands; a band with no library dose has none. */
function doseTargets(rule: DoseRule, prefix: string, context: string): OverrideTarget[] {
  const amount = (fieldKind: OverrideFieldKind, key: string, shipped: number): OverrideTarget => ({
    ...base,
    path: `${prefix}.${key}`,
    fieldKind,
    context,
    shippedValue: shipped,
    isInteger: false,
    min: 0,
    isMinExclusive: true,
  });
  switch (rule.kind) {
    case 'flat':
      return [amount('doseMg', 'mg', rule.mg)];
    case 'perKg':
      return [amount('doseMgPerKg', 'mgPerKg', rule.mgPerKg)];
    case 'weightBand':
      return rule.bands.flatMap((band, index) =>
        band.dose === null ? [] : doseTargets(band.dose, `${prefix}.bands.${index}.dose`, `${context}, ${band.label}`),
      );
  }
}

export function drugTargets(drug: Drug): OverrideTarget[] {
  const name = recordName(drug);
  return [
    ...infusionTargets('', name, drug.infusionMinutes),
    ...drug.doseOptions.flatMap((option, index) => {
      const context = `${option.setting} (${option.id})`;
      const prefix = `doseOptions.${index}`;
      return [
        ...doseTargets(option.dose, `${prefix}.dose`, context),
        ...(option.intervalDays === null
          ? []
          : [whole(`${prefix}.intervalDays`, 'intervalDays', context, option.intervalDays)]),
        ...(option.infusionMinutes ? infusionTargets(`${prefix}.`, context, option.infusionMinutes) : []),
      ];
    }),
    ...policyTargets(name),
  ];
}

export function regimenTargets(regimen: Regimen, drugMinutes: DrugMinutes): OverrideTarget[] {
  return regimen.phases.flatMap((phase, p) => [
    whole(`phases.${p}.intervalDays`, 'intervalDays', phase.label, phase.intervalDays),
    ...(phase.doses === null ? [] : [whole(`phases.${p}.doses`, 'phaseDoses', phase.label, phase.doses)]),
    ...phase.items.flatMap((item, i) => {
      const context = `${phase.label}: ${item.drugId}`;
      const shippedMinutes = item.infusionMinutes ?? drugMinutes(item.drugId);
      return [
        ...doseTargets(item.dose, `phases.${p}.items.${i}.dose`, context),
        ...(shippedMinutes ? infusionTargets(`phases.${p}.items.${i}.`, context, shippedMinutes) : []),
      ];
    }),
  ]);
}

export function carTTargets(product: CarTProduct): OverrideTarget[] {
  const context = `${recordName(product)}, current label monitoring`;
  const current = product.monitoring.current;
  return [
    whole('monitoring.current.dailyMonitoringDays', 'dailyMonitoringDays', context, current.dailyMonitoringDays, 366),
    whole('monitoring.current.stayNearDays', 'stayNearDays', context, current.stayNearDays, 366),
    whole('monitoring.current.noDrivingDays', 'noDrivingDays', context, current.noDrivingDays, 366),
  ];
}

/**
 * Applies one center value to a record the caller owns (a clone). A regimen item without its own infusion
 * time takes its drug's, so the center value replaces exactly the time that item would have used.
 */
export function applyOverride(record: object, path: string, value: number, drugMinutes: DrugMinutes): boolean {
  if (path.startsWith(CENTER_POLICY_PREFIX)) return false;
  const item = /^(phases\.\d+\.items\.\d+)\.infusionMinutes\.(first|subsequent)$/.exec(path);
  if (item?.[1] !== undefined && valueAt(record, `${item[1]}.infusionMinutes`) === undefined) {
    const drugId = valueAt(record, `${item[1]}.drugId`);
    const fromDrug = typeof drugId === 'string' ? drugMinutes(drugId) : undefined;
    if (fromDrug === undefined) return false;
    setValueAt(record, `${item[1]}.infusionMinutes`, { ...fromDrug });
  }
  return setValueAt(record, path, value);
}

export type OverridableRecord =
  { kind: 'drug'; record: Drug } | { kind: 'regimen'; record: Regimen } | { kind: 'car-t'; record: CarTProduct };

export function overrideTargets(target: OverridableRecord, drugMinutes: DrugMinutes): OverrideTarget[] {
  switch (target.kind) {
    case 'drug':
      return drugTargets(target.record);
    case 'regimen':
      return regimenTargets(target.record, drugMinutes);
    case 'car-t':
      return carTTargets(target.record);
  }
}

const describeMinutes = (total: number): string =>
  total % 60 === 0 ? `${total / 60} h = ${total} min` : `${Math.floor(total / 60)} h ${total % 60} min = ${total} min`;

/**
 * Why a center value is impossible for its field, or null when it is acceptable. `longestDayMinutes` is the
 * center's longest opening day (24 h when no hours are set up): a longer infusion could never be booked.
 */
export function overrideValueProblem(target: OverrideTarget, value: number, longestDayMinutes: number): string | null {
  const unit = OVERRIDE_UNITS[target.fieldKind];
  // "1 day", "2 days", "0 mg": the unit word agrees with the number.
  const amount = (n: number) => `${n} ${n === 1 && (unit === 'days' || unit === 'doses') ? unit.slice(0, -1) : unit}`;
  if (!Number.isFinite(value)) return 'Enter a number.';
  if (target.isInteger && !Number.isInteger(value))
    return `Enter a whole number of ${unit === 'min' ? 'minutes' : unit}.`;
  if (target.isMinExclusive ? value <= target.min : value < target.min) {
    return target.isMinExclusive
      ? `Must be more than ${amount(target.min)}.`
      : `Must be at least ${amount(target.min)}.`;
  }
  if (target.max !== null && value > target.max) return `Must be at most ${amount(target.max)}.`;
  if (target.isChairTime && value > longestDayMinutes) {
    return `Longer than the center's longest opening day (${describeMinutes(longestDayMinutes)}): it could never be booked.`;
  }
  if (value === target.shippedValue) return 'This is the shipped value: no center value is needed.';
  return null;
}
