// What the nurse typed, read as a number only when the form is sent: the field keeps her characters while she
// types. Either decimal separator is accepted; a leading point (".5") is refused, never read as 5 or 0.5.

const DECIMAL = /^\d+(?:[.,]\d+)?$/;

/** null for an empty field, undefined for text that is not a plain decimal number. */
export function readDecimal(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!DECIMAL.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

/** A number as the form shows it again: 216.3 in English, 216,3 in French, no trailing zero. */
export function typedNumber(value: number | null, locale: string): string {
  if (value === null) return '';
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-US', {
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(value);
}
