import { ANALYTE_IDS, type AnalyteId } from './analytes';

// The center's own LOINC code for each analyte, as its laboratory reports it. Chairside ships none: the right
// code depends on the lab's method and specimen (ALT with or without pyridoxal-5'-phosphate, serum or plasma),
// which only the hospital's lab or integration team knows. An analyte without a code is exported by name only.

/** Where the check digit rule below is published. */
export const LOINC_CHECK_DIGIT_SOURCE = {
  title: 'LOINC Users’ Guide, 12 C: Calculating Mod 10 Check Digits (Regenstrief Institute)',
  url: 'https://loinc.org/kb/users-guide/calculating-mod-10-check-digits/',
  revised: '2023-08-16',
} as const;

/**
 * The 14 LOINC codes the same page lists as published with a check digit the algorithm does not give (all
 * deprecated duplicates or errors): real codes, so a lab that still sends one is not refused.
 */
const PUBLISHED_WITH_INVALID_CHECK_DIGIT: ReadonlySet<string> = new Set([
  '11491-6',
  '11501-6',
  '5895-7',
  '5896-5',
  '5897-3',
  '5928-1',
  '6028-3',
  '6415-5',
  '6580-7',
  '6645-7',
  '6646-5',
  '6647-3',
  '6648-1',
  '6649-9',
]);

/**
 * Digits, a hyphen, one check digit. At most 8 digits before the hyphen is a bound on typing (today's codes
 * have up to 6), not a LOINC rule.
 */
const LOINC_FORMAT = /^(\d{1,8})-(\d)$/;

/**
 * The Mod 10 check digit of a LOINC code's digits, step by step as LOINC's Users' Guide 12 C gives it
 * (LOINC_CHECK_DIGIT_SOURCE): from the right, the digits in odd positions read as one number and doubled; the
 * digits in even positions put in front; the digits of the whole added; the distance to the next multiple of 10.
 */
export function loincCheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new Error('A LOINC code’s check digit is computed from digits only.');
  const fromRight = [...digits].reverse();
  const odd = fromRight.filter((_, i) => i % 2 === 0).join('');
  const even = fromRight.filter((_, i) => i % 2 === 1).join('');
  const joined = `${even}${(BigInt(odd) * 2n).toString()}`;
  const sum = [...joined].reduce((total, digit) => total + Number(digit), 0);
  return (10 - (sum % 10)) % 10;
}

export type LoincProblem = 'format' | 'check-digit';

/**
 * What is wrong with a typed LOINC code (already trimmed), or null when it is one. The core refuses it with the
 * reason `loinc-format` or `loinc-check-digit` and the analyte; the screen words it in the reader's language.
 */
export function loincCodeProblem(code: string): LoincProblem | null {
  const match = LOINC_FORMAT.exec(code);
  if (!match) return 'format';
  if (PUBLISHED_WITH_INVALID_CHECK_DIGIT.has(code)) return null;
  return loincCheckDigit(match[1]!) === Number(match[2]) ? null : 'check-digit';
}

/** The center's codes by analyte; an analyte it has not set is absent (never a default code). */
export type LabLoincCodes = Partial<Record<AnalyteId, string>>;

/** The codes in the analytes' own order, leaving out empty ones: what is stored and exported. */
export function normalisedLoincCodes(codes: Readonly<Record<string, string | undefined>>): LabLoincCodes {
  const out: LabLoincCodes = {};
  for (const id of ANALYTE_IDS) {
    const code = codes[id]?.trim();
    if (code) out[id] = code;
  }
  return out;
}
