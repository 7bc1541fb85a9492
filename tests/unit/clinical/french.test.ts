import { describe, expect, it } from 'vitest';
import {
  CLINICAL_FRENCH_STATUS,
  clinicalFrench,
  clinicalFrenchKeys,
  translatableTexts,
} from '../../../shared/clinical';
import { library } from './library';

// French screens show the library's clinical text in French: every warning, administration rule,
// premedication, preparation fact and CTCAE grade description has a French text, and none is left over from
// an English sentence that changed.
describe('French clinical text', () => {
  const texts = translatableTexts(library);

  it('covers every text a French screen shows', () => {
    expect(texts.filter((t) => clinicalFrench(t) === undefined)).toEqual([]);
  });

  it('keeps no French for an English text the library no longer has', () => {
    expect(clinicalFrenchKeys().filter((k) => !texts.includes(k))).toEqual([]);
  });

  it('keeps the numbers of the English text', () => {
    // Thousands: "1,200" in English, "1 200" in French (a no-break space where a line must not split a dose).
    const digits = (s: string) => (s.match(/\d+/g) ?? []).join(' ');
    const changed = texts.filter(
      (t) =>
        digits(t.replace(/(\d),(\d{3})/g, '$1$2')) !==
        digits(clinicalFrench(t)!.replace(/(\d)[ \u00a0\u202f](\d{3})/g, '$1$2')),
    );
    expect(changed).toEqual([]);
  });

  it('covers what the plan screens show: phase labels, durations, conditions and the CAR T visits’ texts', () => {
    const aucatzyl = library.carTProducts.find((p) => p.id === 'obecabtagene-autoleucel')!;
    const kymriah = library.carTProducts.find((p) => p.id === 'tisagenlecleucel')!;
    const shown = [
      ...library.regimens.flatMap((r) => r.phases.flatMap((p) => [p.label, p.maxDuration?.text])),
      ...library.drugs.map((d) => d.infusionMinutes.subsequentCondition),
      ...[aucatzyl, kymriah].flatMap((p) => [
        ...p.indications.flatMap((i) => [i.label, i.doseText, i.infusionWindow?.text]),
        ...p.lymphodepletion.flatMap((ld) => [
          ld.label,
          ...(ld.anchor === 'unscheduled' ? [] : ld.days.flatMap((d) => d.agents.map((a) => a.doseText))),
        ]),
        ...p.additionalInfusions.flatMap((a) => [a.label, a.text, ...a.holdRules.map((h) => h.text)]),
      ]),
    ].filter((t): t is string => t !== undefined);
    expect(shown.filter((t) => !texts.includes(t))).toEqual([]);
    // Library English worded the French way: "every 3 weeks", a duration, a condition, a split dose.
    expect(clinicalFrench('350 mg every 3 weeks')).toBe('350 mg toutes les 3 semaines');
    expect(clinicalFrench('up to 12 months (adjuvant)')).toBe('jusqu’à 12 mois (en adjuvant)');
    expect(clinicalFrench('if tolerated')).toBe('en cas de bonne tolérance');
    expect(clinicalFrench('Second split dose (label Day 10)')).toBe(
      'Deuxième dose fractionnée (jour 10 de l’étiquette)',
    );
  });

  it('covers what the library and every plan screen show of a regimen: its name, setting and notes', () => {
    const shown = library.regimens.flatMap((r) => [r.name, r.setting, ...r.notes]);
    expect(shown.filter((t) => !texts.includes(t))).toEqual([]);
    expect(clinicalFrench('Pembrolizumab 400 mg every 6 weeks, adjuvant, up to 12 months')).toBe(
      'Pembrolizumab 400 mg toutes les 6 semaines, en adjuvant, jusqu’à 12 mois',
    );
    expect(clinicalFrench('Dostarlimab 500 mg every 3 weeks ×4, then 1,000 mg every 6 weeks')).toBe(
      'Dostarlimab 500 mg toutes les 3 semaines ×4, puis 1\u00a0000 mg toutes les 6 semaines',
    );
    expect(clinicalFrench('Adjuvant treatment (adults)')).toBe('Traitement adjuvant (adultes)');
    expect(clinicalFrench('If one drug is withheld, withhold the other.')).toBe(
      'Si l’un des médicaments est suspendu, suspendre l’autre.',
    );
  });

  it('covers what a drug page shows: dose options, weight bands, co-formulations, indications and labs', () => {
    const options = library.drugs.flatMap((d) => d.doseOptions);
    const bands = options.flatMap((o) => (o.dose.kind === 'weightBand' ? o.dose.bands : []));
    const shown = [
      ...options.flatMap((o) => [o.setting, o.maxDuration?.text, o.dose.kind === 'flat' ? o.dose.doseText : undefined]),
      ...bands.flatMap((b) => [b.label, b.dose?.kind === 'flat' ? b.dose.doseText : undefined]),
      ...library.drugs.flatMap((d) => [...d.indications, ...d.labsBeforeEachDose, d.composition, d.approval]),
    ].filter((t): t is string => t !== undefined);
    expect(shown.filter((t) => !texts.includes(t))).toEqual([]);
    expect(clinicalFrench('After the chemotherapy combination, from dose 7 (up to 3 years)')).toBe(
      'Après l’association avec la chimiothérapie, à partir de la dose 7 (jusqu’à 3 ans)',
    );
    expect(clinicalFrench('Monotherapy, doses 1–4')).toBe('Monothérapie, doses 1 à 4');
    expect(clinicalFrench('≥30 kg')).toBe('≥ 30 kg');
    expect(clinicalFrench('Melanoma (advanced and adjuvant)')).toBe('Mélanome (avancé et en adjuvant)');
  });

  it('says it is a working translation to be confirmed', () => {
    expect(CLINICAL_FRENCH_STATUS).toMatch(/not a validated translation.*Confirm/);
    expect(clinicalFrench('Do NOT use a leukodepleting filter.')).toBe('NE PAS utiliser de filtre déleucocytant.');
  });
});
