// Safe display of clinical numbers (ISMP List of Error-Prone Abbreviations, Symbols, and Dose Designations: leading zero, no trailing zero).
// - leading zero: 0.5 mg, never .5 mg (a missed point reads as 5);
// - no trailing zero: 5 mg, never 5.0 mg (a missed point reads as 50);
// - at most 2 decimals;
// - thousands grouped: 1,000 mg. ISMP recommends commas for doses of 1,000 and above so that 1000 and 10000
//   cannot be confused; the labels write doses the same way ("1,500 mg"), so display matches the source.
// - in French, the French marks: 0,5 mg and 1 500 mg (a no-break space groups thousands). A French reader takes
//   the comma of "1,500 mg" for a decimal mark, one and a half milligrams; the renderer passes the screen's
//   language, main's own English (logs, stored working) keeps the English marks.

const numberFormats = {
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2, useGrouping: true }),
  fr: new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 0, maximumFractionDigits: 2, useGrouping: true }),
};

/** The language a clinical number is written for: French, or English for every other value. */
const formatFor = (language: string | undefined) => (language === 'fr' ? numberFormats.fr : numberFormats.en);

// Units that ISMP lists as error-prone; the app spells units out instead (units, mL, mcg).
const FORBIDDEN_UNITS: ReadonlyMap<string, string> = new Map([
  ['u', 'units'],
  ['iu', 'units'],
  ['cc', 'mL'],
  ['ug', 'mcg'],
  ['µg', 'mcg'],
  ['μg', 'mcg'],
  ['ml', 'mL'],
]);

export class DoseFormatError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'DoseFormatError';
  }
}

/** A non-negative clinical number with the rules above, without a unit. */
export function formatNumber(value: number, language?: string): string {
  if (!Number.isFinite(value)) throw new DoseFormatError(`Cannot display a non-finite number: ${value}`);
  if (value < 0) throw new DoseFormatError(`Cannot display a negative dose: ${value}`);
  // -0 passes the sign check above; print it as 0, not "-0".
  const text = formatFor(language).format(value === 0 ? 0 : value);
  // A small positive amount must never be shown as "0".
  if (value > 0 && text === '0') throw new DoseFormatError(`${value} is too small to display with 2 decimals`);
  return text;
}

/**
 * formatDose(0.5, 'mg') → "0.5 mg"; formatDose(1500, 'mg') → "1,500 mg"; formatDose(217.25, 'mg') → "217.25 mg";
 * formatDose(1500, 'mg', 'fr') → "1 500 mg"; formatDose(0.5, 'mg', 'fr') → "0,5 mg".
 */
export function formatDose(value: number, unit: string, language?: string): string {
  const trimmed = unit.trim();
  if (trimmed === '') throw new DoseFormatError('A dose needs a unit');
  // 'mL' is the one spelling of millilitre we accept; 'ml', 'ML' and the others are rewritten.
  const replacement = trimmed === 'mL' ? undefined : FORBIDDEN_UNITS.get(trimmed.toLowerCase());
  if (replacement !== undefined) {
    throw new DoseFormatError(`Unit "${trimmed}" is error-prone; write "${replacement}"`);
  }
  return `${formatNumber(value, language)} ${trimmed}`;
}
