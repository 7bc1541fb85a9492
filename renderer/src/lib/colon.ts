import i18next from 'i18next';

/**
 * A label before its value with the reader's colon: "Allergies:" in English, "Allergies :" in French, where a
 * (no-break) space comes before the colon so it never starts a line of its own.
 */
export function withColon(label: string): string {
  return i18next.language === 'fr' ? `${label}\u00a0:` : `${label}:`;
}
