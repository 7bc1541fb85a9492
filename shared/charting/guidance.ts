import guidance from '../../resources/clinical/guidance.json' with { type: 'json' };

// Management summaries shown beside a grade, as sourced data in resources/clinical/guidance.json (English and a
// French working translation, each with its source). Shown for the nurse to read, never applied
// automatically; the prescriber decides.

export interface GuidanceText {
  en: string;
  fr: string;
}

export interface Guidance {
  text: GuidanceText;
  source: string;
}

/** ASCO guideline update 2021 (Schneider et al.), per CTCAE grade. */
export const IRAE_GUIDANCE: Record<1 | 2 | 3 | 4, Guidance> = {
  1: { text: guidance.irae.grades['1'], source: guidance.irae.source },
  2: { text: guidance.irae.grades['2'], source: guidance.irae.source },
  3: { text: guidance.irae.grades['3'], source: guidance.irae.source },
  4: { text: guidance.irae.grades['4'], source: guidance.irae.source },
};

/** The rechallenge rule of the same guideline, shown with every grade. */
export const IRAE_RECHALLENGE: Guidance = guidance.iraeRechallenge;

/** The class label rule for infusion-related reactions (Libtayo, Opdivo labels), used when a drug has none. */
export const IRR_CLASS_RULE: Guidance = guidance.irrClassRule;

/**
 * Restarting at half the previous rate after a grade 1–2 reaction is a common protocol rule, not a US label rule
 * for most checkpoint inhibitors: a configurable institutional protocol. The center may set its own percentage
 * per drug (library override centerPolicy.restartRatePercent).
 */
export const DEFAULT_RESTART_RATE_PERCENT = 50;
export const RESTART_RATE_SOURCE: Guidance = guidance.restartRate;

/** The new rate for a rechallenge: `percent` of the rate in use, to 0.1 mL/h. */
export function rechallengeRate(previousMlPerHour: number, percent: number): number {
  if (!(previousMlPerHour > 0) || !(percent > 0) || percent > 100) {
    throw new RangeError('A rechallenge needs a rate above 0 mL/h and a percentage from 1 to 100');
  }
  return Math.round((previousMlPerHour * percent) / 10) / 10;
}
