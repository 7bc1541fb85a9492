// Management summaries shown beside a grade, as data with their source (REFERENCE §5). Shown for the
// nurse to read, never applied automatically; the prescriber decides. French is a translation of the same text.

export interface GuidanceText {
  en: string;
  fr: string;
}

export interface Guidance {
  text: GuidanceText;
  source: string;
}

const ASCO_2021 =
  'ASCO guideline update 2021 (Schneider BJ et al., J Clin Oncol 2021), REFERENCE §5.2 — eguideline.guidelinecentral.com/i/1475468/2';

/** REFERENCE §5.2, "ASCO guideline update 2021", per CTCAE grade. */
export const IRAE_GUIDANCE: Record<1 | 2 | 3 | 4, Guidance> = {
  1: {
    text: {
      en: 'Grade 1: in general continue the immune checkpoint inhibitor with close monitoring — except some neurologic, hematologic and cardiac toxicities (hold even at grade 1).',
      fr: 'Grade 1 : en général, poursuivre l’inhibiteur de point de contrôle avec une surveillance étroite — sauf certaines toxicités neurologiques, hématologiques et cardiaques (suspendre dès le grade 1).',
    },
    source: ASCO_2021,
  },
  2: {
    text: {
      en: 'Grade 2: consider holding the immune checkpoint inhibitor for most toxicities; resume when symptoms or labs revert to grade 1 or less. Corticosteroids may be given: initial prednisone 0.5–1 mg/kg/day (or equivalent).',
      fr: 'Grade 2 : envisager de suspendre l’inhibiteur de point de contrôle pour la plupart des toxicités ; reprendre quand les symptômes ou les analyses reviennent au grade 1 ou moins. Des corticoïdes peuvent être donnés : prednisone initiale 0,5–1 mg/kg/jour (ou équivalent).',
    },
    source: ASCO_2021,
  },
  3: {
    text: {
      en: 'Grade 3: hold the immune checkpoint inhibitor; start high-dose corticosteroids, prednisone 1–2 mg/kg/day (or equivalent); taper over at least 4–6 weeks; if no improvement after 48–72 h of high-dose steroids, infliximab may be offered for some toxicities.',
      fr: 'Grade 3 : suspendre l’inhibiteur de point de contrôle ; débuter une corticothérapie à forte dose, prednisone 1–2 mg/kg/jour (ou équivalent) ; décroissance sur au moins 4–6 semaines ; sans amélioration après 48–72 h de corticoïdes à forte dose, l’infliximab peut être proposé pour certaines toxicités.',
    },
    source: ASCO_2021,
  },
  4: {
    text: {
      en: 'Grade 4: in general permanently discontinue, except endocrinopathies controlled by hormone replacement.',
      fr: 'Grade 4 : en général, arrêt définitif, sauf pour les endocrinopathies contrôlées par un traitement hormonal substitutif.',
    },
    source: ASCO_2021,
  },
};

/** REFERENCE §5.2: rechallenge rule, shown with every grade. */
export const IRAE_RECHALLENGE: Guidance = {
  text: {
    en: 'Rechallenge may be offered when grade 1 or less (caution with early-onset irAEs); no dose adjustments.',
    fr: 'Une reprise peut être proposée au grade 1 ou moins (prudence si l’irAE est précoce) ; pas d’ajustement de dose.',
  },
  source: ASCO_2021,
};

/** REFERENCE §1 and §5.1: the class label rule for infusion-related reactions, used when a drug has none. */
export const IRR_CLASS_RULE: Guidance = {
  text: {
    en: 'Label rule (PD-1/PD-L1 class): grade 1–2 — interrupt or slow the rate of infusion; grade 3–4 — permanently discontinue.',
    fr: 'Règle de l’étiquette (classe PD-1/PD-L1) : grade 1–2 — interrompre ou ralentir la perfusion ; grade 3–4 — arrêt définitif.',
  },
  source:
    'REFERENCE §1 and §5.1 — cemiplimab: drugs.com/dosage/libtayo-injection.html; nivolumab: opdivohcp.com/dosing/melanoma',
};

/**
 * REFERENCE §5.1: "Restart at half the previous rate after a grade 1–2 IRR once stable is a common protocol
 * rule … Not a US-PI rule for most ICIs → make it a configurable institutional protocol." The center may set
 * its own percentage per drug (library override centerPolicy.restartRatePercent).
 */
export const DEFAULT_RESTART_RATE_PERCENT = 50;
export const RESTART_RATE_SOURCE: Guidance = {
  text: {
    en: 'Restarting at half the previous rate after a grade 1–2 reaction is a common protocol rule, not a label rule: it is the center’s default.',
    fr: 'Reprendre à la moitié du débit précédent après une réaction de grade 1–2 est une règle de protocole courante, pas une règle d’étiquette : c’est la valeur par défaut du centre.',
  },
  source: 'REFERENCE §5.1 — pmc.ncbi.nlm.nih.gov/articles/PMC5167079/table/table3-2040620716677523',
};

/** The new rate for a rechallenge: `percent` of the rate in use, to 0.1 mL/h. */
export function rechallengeRate(previousMlPerHour: number, percent: number): number {
  if (!(previousMlPerHour > 0) || !(percent > 0) || percent > 100) {
    throw new RangeError('A rechallenge needs a rate above 0 mL/h and a percentage from 1 to 100');
  }
  return Math.round((previousMlPerHour * percent) / 10) / 10;
}
