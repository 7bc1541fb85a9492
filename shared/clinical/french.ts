import french from '../../resources/clinical/fr.json' with { type: 'json' };
import type { ClinicalLibrary } from './schema';

// French for the library's clinical text (warnings, administration rules, premedication, preparation, CTCAE
// grade descriptions): a working translation kept in resources/clinical/fr.json, keyed by the English text it
// translates, so a change to the English leaves the French missing (and a test fails) rather than stale.
// CTCAE term names are not translated: they stay as published.

const texts: Readonly<Record<string, string>> = french.texts;

export const CLINICAL_FRENCH_STATUS: string = french.meta.status;

/** The French of a library text, or undefined when there is none (the English is then shown, marked lang="en"). */
export function clinicalFrench(english: string): string | undefined {
  return texts[english];
}

export function clinicalFrenchKeys(): string[] {
  return Object.keys(texts);
}

/** Every library text a French screen shows in French (the fields fr.json must cover). */
export function translatableTexts(library: Pick<ClinicalLibrary, 'drugs' | 'carTProducts' | 'ctcaeGrades'>): string[] {
  const out = new Set<string>();
  const add = (...values: (string | null | undefined)[]) => values.forEach((v) => v && out.add(v));
  for (const d of library.drugs) {
    add(...d.administration, d.premedication.statement, ...d.premedication.rules.map((r) => r.text));
    add(d.infusionReactionRule, d.lookAlikeWarning, d.inLineFilter, d.monitoringLabs, d.infusionMinutes.text);
    add(d.preparation.diluent, d.preparation.finalConcentration, d.preparation.storage, ...d.preparation.notes);
  }
  for (const p of library.carTProducts) {
    add(...p.administration, ...p.warnings, p.premedication, ...p.indications.flatMap((i) => i.timingNotes));
    add(...p.additionalInfusions.flatMap((a) => [a.text, ...a.holdRules.map((h) => h.text)]));
  }
  for (const g of library.ctcaeGrades) add(...Object.values(g.grades), ...g.notes);
  return [...out];
}
