import { formatDose, formatNumber } from './format';
import type { DoseRule, FlatDose, PerKgDose, RoundingRule, WeightBand } from './schema-dose';

// Dose arithmetic. Every result carries its basis in words, so the nurse sees how the number was reached
// ("3 mg/kg × 72.4 kg = 217.2 mg") and a second checker can redo it by hand.

export interface ComputedDose {
  mg: number;
  /** The working in English, as stored with the plan and written to logs. */
  basis: string;
  /** The same working as coded steps with their numbers, for the screens to word in the reader's language. */
  steps: BasisStep[];
}

/** One step of a dose's working; a band step is followed by the steps of the band's own dose. */
export type BasisStep =
  | { step: 'flat'; mg: number; doseText?: string }
  | { step: 'per-kg'; mgPerKg: number; weightKg: number; exactMg: number }
  | { step: 'capped'; mg: number }
  | { step: 'rounded'; mg: number; incrementMg: number; perLabel: boolean }
  | { step: 'band'; weightKg: number; band: string };

export type DoseErrorCode = 'missing-weight' | 'invalid-weight' | 'no-dose-for-weight';

export class DoseCalculationError extends Error {
  constructor(
    readonly code: DoseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DoseCalculationError';
  }
}

/** True when the dose cannot be worked out without the patient's weight. */
export function isWeightDependent(rule: DoseRule): boolean {
  return rule.kind !== 'flat';
}

export function computeDose(rule: DoseRule, weightKg?: number): ComputedDose {
  switch (rule.kind) {
    case 'flat':
      return flatDose(rule);
    case 'perKg':
      return perKgDose(rule, requireWeight(weightKg, `${formatNumber(rule.mgPerKg)} mg/kg`));
    case 'weightBand': {
      const weight = requireWeight(weightKg, `the weight band (${rule.bands.map((b) => b.label).join(' or ')})`);
      return bandDose(findBand(rule.bands, weight), weight);
    }
  }
}

function requireWeight(weightKg: number | undefined, neededFor: string): number {
  if (weightKg === undefined) {
    throw new DoseCalculationError('missing-weight', `A current weight is needed to work out ${neededFor}.`);
  }
  if (!Number.isFinite(weightKg) || weightKg <= 0) {
    throw new DoseCalculationError('invalid-weight', `Weight must be a positive number of kg, got ${weightKg}.`);
  }
  return weightKg;
}

function flatDose(rule: FlatDose): ComputedDose {
  const amount = rule.doseText ?? formatDose(rule.mg, 'mg');
  const step: BasisStep = { step: 'flat', mg: rule.mg, ...(rule.doseText ? { doseText: rule.doseText } : {}) };
  return { mg: rule.mg, basis: `${amount} (flat dose, not weight-based)`, steps: [step] };
}

function perKgDose(rule: PerKgDose, weightKg: number): ComputedDose {
  const raw = rule.mgPerKg * weightKg;
  const product = `${formatNumber(rule.mgPerKg)} mg/kg × ${formatNumber(weightKg)} kg`;
  const isCapped = rule.capMg !== undefined && raw > rule.capMg;
  const beforeRounding = isCapped && rule.capMg !== undefined ? rule.capMg : raw;
  const mg = roundTo(beforeRounding, rule.rounding);
  const exactMg = Number(raw.toFixed(4));
  const words = [`${product} = ${formatExact(raw)} mg`];
  const coded: BasisStep[] = [{ step: 'per-kg', mgPerKg: rule.mgPerKg, weightKg, exactMg }];
  if (isCapped) {
    words.push(`capped at ${formatDose(beforeRounding, 'mg')}`);
    coded.push({ step: 'capped', mg: beforeRounding });
  }
  // Float products such as 3 × 72.4 = 217.20000000000002 are not a rounding step worth showing.
  if (Math.abs(mg - beforeRounding) > 1e-9) {
    words.push(`rounded to ${formatDose(mg, 'mg')} (${describeRounding(rule.rounding)})`);
    coded.push({
      step: 'rounded',
      mg,
      incrementMg: rule.rounding.incrementMg,
      perLabel: rule.rounding.source === 'label',
    });
  }
  return { mg, basis: words.join(', '), steps: coded };
}

function bandDose(band: WeightBand, weightKg: number): ComputedDose {
  const where = `weight ${formatNumber(weightKg)} kg is in the ${band.label} band`;
  if (band.dose === null) {
    const note = band.note === undefined ? '' : ` ${band.note}`;
    throw new DoseCalculationError(
      'no-dose-for-weight',
      `No library dose for this weight: ${where}.${note} The prescriber must order the dose.`,
    );
  }
  const computed = computeDose(band.dose, weightKg);
  const step: BasisStep = { step: 'band', weightKg, band: band.label };
  return { mg: computed.mg, basis: `${where}: ${computed.basis}`, steps: [step, ...computed.steps] };
}

function findBand(bands: readonly WeightBand[], weightKg: number): WeightBand {
  const band = bands.find(
    (b) => (b.minKg === undefined || weightKg >= b.minKg) && (b.belowKg === undefined || weightKg < b.belowKg),
  );
  // The schema makes bands tile (0, ∞), so this only fires for a rule built outside the schema.
  if (band === undefined) throw new RangeError(`No weight band covers ${weightKg} kg`);
  return band;
}

/** Rounds half up to the increment, without binary noise (217.05 stays 217.1, not 217.0). */
export function roundTo(value: number, rounding: RoundingRule): number {
  const decimals = decimalPlaces(rounding.incrementMg);
  const steps = Math.round(Number((value / rounding.incrementMg).toFixed(9)));
  return Number((steps * rounding.incrementMg).toFixed(decimals));
}

function decimalPlaces(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point === -1 ? 0 : text.length - point - 1;
}

function describeRounding(rounding: RoundingRule): string {
  const to = `nearest ${formatDose(rounding.incrementMg, 'mg')}`;
  return rounding.source === 'label' ? `${to}, per label` : `${to}, center-configurable default, not a label rule`;
}

/** The unrounded product, shown with up to 4 decimals so the rounding step stays visible. */
function formatExact(value: number): string {
  const rounded = Number(value.toFixed(4));
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(rounded);
}
