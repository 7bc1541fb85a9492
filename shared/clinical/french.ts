import french from '../../resources/clinical/fr.json' with { type: 'json' };
import type { ClinicalLibrary } from './schema';
import type { DoseRule } from './schema-dose';
import type { Drug } from './schema-drug';

// French for the library's clinical text (warnings, administration rules, premedication, preparation, CTCAE
// grade descriptions, regimen names, settings and notes, drugs' dose options, indications and compositions): a working translation kept in resources/clinical/fr.json,
// keyed by the English text it translates, so a change to the English leaves the French missing (and a test fails)
// rather than stale. CTCAE term names are not translated: they stay as published.

const texts: Readonly<Record<string, string>> = french.texts;

export const CLINICAL_FRENCH_STATUS: string = french.meta.status;

/** The French of a library text, or undefined when there is none (the English is then shown, marked lang="en"). */
export function clinicalFrench(english: string): string | undefined {
  return texts[english];
}

/** A library text (a regimen's name as a plan stored it, say) in `language`: fr.json's French, else as given. */
export function clinicalTextIn(language: string, english: string): string {
  return (language === 'fr' ? clinicalFrench(english) : undefined) ?? english;
}

export function clinicalFrenchKeys(): string[] {
  return Object.keys(texts);
}

type Add = (...values: (string | null | undefined)[]) => void;
type TranslatableLibrary = Pick<ClinicalLibrary, 'drugs' | 'regimens' | 'carTProducts' | 'ctcaeGrades'>;

/** Every library text a French screen shows in French (the fields fr.json must cover). */
export function translatableTexts(library: TranslatableLibrary): string[] {
  const out = new Set<string>();
  const add: Add = (...values) => values.forEach((v) => v && out.add(v));
  for (const d of library.drugs) {
    add(...d.administration, d.premedication.statement, ...d.premedication.rules.map((r) => r.text));
    add(d.infusionReactionRule, d.lookAlikeWarning, d.inLineFilter, d.monitoringLabs, d.infusionMinutes.text);
    add(d.preparation.diluent, d.preparation.finalConcentration, d.preparation.storage, ...d.preparation.notes);
    add(d.infusionMinutes.subsequentCondition, d.composition, d.approval, ...d.indications, ...d.labsBeforeEachDose);
    d.doseOptions.forEach((o) => addDoseOptionTexts(o, add));
  }
  library.regimens.forEach((r) => addRegimenTexts(r, add));
  library.carTProducts.forEach((p) => addCarTTexts(p, add));
  for (const g of library.ctcaeGrades) add(...Object.values(g.grades), ...g.notes);
  return [...out];
}

/** A label dose option on the drug page: its setting, dose (band labels, co-formulation wording) and duration. */
function addDoseOptionTexts(option: Drug['doseOptions'][number], add: Add): void {
  add(option.setting, option.maxDuration?.text, option.infusionMinutes?.subsequentCondition);
  addDoseTexts(option.dose, add);
}

/** What a dose rule shows: a co-formulation's label wording, each weight band's label and dose. */
function addDoseTexts(dose: DoseRule, add: Add): void {
  if (dose.kind === 'flat') add(dose.doseText);
  if (dose.kind !== 'weightBand') return;
  for (const band of dose.bands) {
    add(band.label);
    if (band.dose) addDoseTexts(band.dose, add);
  }
}

/**
 * What the library, plan form, plan card and dose table show of a regimen: its name (also stored on each plan made
 * from it), setting and notes, phase labels, durations, conditions, co-formulations.
 */
function addRegimenTexts(regimen: ClinicalLibrary['regimens'][number], add: Add): void {
  add(regimen.name, regimen.setting, ...regimen.notes);
  for (const phase of regimen.phases) {
    add(phase.label, phase.maxDuration?.text);
    for (const item of phase.items) {
      add(item.infusionMinutes?.subsequentCondition);
      addDoseTexts(item.dose, add);
    }
  }
}

/** A CAR T product's texts on its library page, the plan form and its plan's visits. */
function addCarTTexts(product: ClinicalLibrary['carTProducts'][number], add: Add): void {
  add(...product.administration, ...product.warnings, product.premedication);
  for (const i of product.indications) add(i.label, i.doseText, i.infusionWindow?.text, ...i.timingNotes);
  for (const ld of product.lymphodepletion) {
    add(ld.label, ...(ld.anchor === 'unscheduled' ? [] : ld.days.flatMap((d) => d.agents.map((a) => a.doseText))));
  }
  add(...product.additionalInfusions.flatMap((a) => [a.label, a.text, ...a.holdRules.map((h) => h.text)]));
}
