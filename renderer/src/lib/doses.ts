import i18next from 'i18next';
import { formatDose } from '../../../shared/clinical/format';
import { clinicalTextIn } from '../../../shared/clinical/french';

// Doses on screen, in the screen's language: the safe form (leading zero, no trailing zero) with the reader's
// marks, "0.5 mg" and "1,500 mg" in English, "0,5 mg" and "1 500 mg" in French, where a comma is a decimal mark.
// Main sends each dose's mg beside its English text; the text is shown only when there is no mg amount (a CAR T
// label dose), in French when the library has its French.

/** A number of mg (or of another unit) the safe way, in the screen's language. */
export function doseIn(value: number, unit = 'mg'): string {
  return formatDose(value, unit, i18next.language);
}

/** A drug's planned dose: its mg the reader's way, or the label's words. */
export function drugDoseText(item: { doseMg: number | null; doseText: string }): string {
  if (item.doseMg !== null) return doseIn(item.doseMg);
  return clinicalTextIn(i18next.language, item.doseText);
}

/** "Pembrolizumab 200 mg + Ipilimumab 1 mg/kg…": a visit's drugs with their doses. */
export function drugsText(drugs: readonly { name: string; doseMg: number | null; doseText: string }[]): string {
  return drugs.map((d) => `${d.name} ${drugDoseText(d)}`).join(' + ');
}
