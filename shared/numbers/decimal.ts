// Decimal numbers typed by a nurse. One parser for every numeric field of the app (vitals, doses, rates,
// volumes, weights, lab values), so that a typed value is either recorded exactly or refused with a reason:
// never rounded, never reinterpreted, never turned into another number while it is being typed.
//
// - Either decimal mark is accepted ("37.9" and "37,9" in both languages): nurses type what they see on the
//   device. A value that could be a thousands grouping is refused instead of guessed: "1,250" in English may
//   mean 1250 or 1.25, and guessing wrong is a thousandfold error.
// - A leading mark (".5") is read as 0.5 and shown back as 0.5; trailing zeros ("5.0") are shown back as 5,
//   because a trailing zero is misread as ten times the dose.

export type DecimalLocale = 'en' | 'fr';

/** Why a text is not (yet) a usable number. */
export type DecimalProblem =
  | 'incomplete' // "", "-", "0.", "," : still being typed
  | 'not-a-number' // letters, two marks, spaces inside
  | 'ambiguous-grouping' // "1,250" / "1.500": thousands or decimal?
  | 'negative'
  | 'whole-number'
  | 'too-many-decimals'
  | 'below-min'
  | 'above-max';

export interface DecimalRules {
  min?: number | undefined;
  max?: number | undefined;
  /** Whole numbers only (heart rate, blood pressure). */
  integer?: boolean | undefined;
  /** The most decimal places the value may have (e.g. 1 for °C); more are refused, never rounded. */
  decimals?: number | undefined;
  /** Negative values allowed (no clinical field here needs them; off by default). */
  allowNegative?: boolean | undefined;
}

export type DecimalReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; problem: null }
  | { kind: 'number'; value: number; problem: 'below-min' | 'above-max' | 'whole-number' | 'too-many-decimals' }
  | {
      kind: 'text';
      problem: Exclude<DecimalProblem, 'below-min' | 'above-max' | 'whole-number' | 'too-many-decimals'>;
    };

const DECIMAL_MARK: Record<DecimalLocale, string> = { en: '.', fr: ',' };

/** Digits with at most one mark, optional leading minus; nothing else. */
const SHAPE = /^(-?)(\d*)(?:([.,])(\d*))?$/;

/** Reads what was typed. `locale` only decides which mark could be a thousands separator. */
export function readDecimal(typed: string, locale: DecimalLocale, rules: DecimalRules = {}): DecimalReading {
  const text = typed.trim();
  if (text === '') return { kind: 'empty' };
  const match = SHAPE.exec(text);
  if (!match) return { kind: 'text', problem: 'not-a-number' };
  const [, minus = '', whole = '', mark, fraction] = match;
  if (minus && !rules.allowNegative) return { kind: 'text', problem: 'negative' };
  if (whole === '' && (fraction === undefined || fraction === '')) return { kind: 'text', problem: 'incomplete' };
  if (mark !== undefined && fraction === '') return { kind: 'text', problem: 'incomplete' };
  if (mark !== undefined && mark !== DECIMAL_MARK[locale] && looksGrouped(whole, fraction ?? '')) {
    return { kind: 'text', problem: 'ambiguous-grouping' };
  }
  const value = Number(`${minus}${whole || '0'}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return { kind: 'text', problem: 'not-a-number' };
  const places = fraction?.replace(/0+$/, '').length ?? 0;
  if (rules.integer && places > 0) return { kind: 'number', value, problem: 'whole-number' };
  if (rules.decimals !== undefined && places > rules.decimals) {
    return { kind: 'number', value, problem: 'too-many-decimals' };
  }
  if (rules.min !== undefined && value < rules.min) return { kind: 'number', value, problem: 'below-min' };
  if (rules.max !== undefined && value > rules.max) return { kind: 'number', value, problem: 'above-max' };
  return { kind: 'number', value: value === 0 ? 0 : value, problem: null };
}

/** "1,250" or "12.500": a non-zero integer part of 1–3 digits and exactly three digits after the mark. */
function looksGrouped(whole: string, fraction: string): boolean {
  return /^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3;
}

/**
 * A number the safe way, in the locale's decimal mark: a leading zero (0.5), no trailing zero (5, not 5.0),
 * no thousands grouping (a grouped number is refused when typed back). Exact for every value a field accepts.
 */
export function formatDecimal(value: number, locale: DecimalLocale): string {
  let text = String(value);
  if (/e/i.test(text)) text = withoutExponent(text);
  if (text === '-0') text = '0';
  return text.replace('.', DECIMAL_MARK[locale]);
}

/** "1.5e-7" → "0.00000015", "2e+21" → "2000000000000000000000": the same digits, no exponent. */
function withoutExponent(text: string): string {
  const [mantissa = '', exp = '0'] = text.split(/e/i);
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exp);
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + body;
}

/** Whether a typed text and a stored value say the same number (so a stored value never rewrites typing). */
export function sameNumber(typed: string, value: number | null, locale: DecimalLocale): boolean {
  const reading = readDecimal(typed, locale, { allowNegative: true });
  if (value === null) return reading.kind === 'empty';
  return reading.kind === 'number' && reading.value === value;
}
