import type { ReadyMessages } from './messages.en';

// Ready to treat's words in French, the same keys as messages.en.ts (its type says so).

export const readyFr: ReadyMessages = {
  labs: {
    either: '{{first}} ou {{next}}',
    missing: '{{names}} : aucun résultat — à prélever avant la dose.',
    onFile: '{{names}} : au dossier ({{drawnAt}}).',
    preDoseNotSet:
      '{{names}} : prélevé le {{drawnAt}} ; le centre n’a pas fixé combien d’heures avant la dose le prélèvement reste valable (aucune source ne donne de chiffre).',
    periodicNotSet:
      '{{names}} : prélevé le {{drawnAt}} ; le centre n’a pas fixé la fréquence « périodique » (aucune source ne donne de chiffre).',
    within: '{{names}} : prélevé le {{drawnAt}}, dans les {{window}}.',
    older: '{{names}} : prélevé le {{drawnAt}}, plus de {{window}} — à reprélever.',
    hours: '{{hours}} h',
    days_one: '{{count}} jour',
    days_other: '{{count}} jours',
  },
  values: {
    result: '{{comparator}}{{value}} {{unit}}',
    noValue: '{{analyte}} : aucune valeur à comparer.',
    noUpperLimit: '{{analyte}} {{result}} : aucune limite haute de référence saisie avec le résultat.',
    noBaseline: '{{analyte}} {{result}} : aucune valeur de base avant la première dose.',
    lowerBound: '{{analyte}} {{result}} : rendu comme borne basse, limite {{limit}}.',
    above: '{{analyte}} {{result}} dépasse {{limit}} : suspendre pour le prescripteur.',
    notAbove: '{{analyte}} {{result}}, pas au-dessus de {{limit}}.',
    limit: '{{value}} {{unit}}',
    limitOf: '{{value}} {{unit}} ({{multiple}})',
    timesUln: '{{times}} × LSN',
    timesBaseline: '{{times}} × valeur de base',
  },
  irae: {
    none: 'Aucun effet indésirable immunologique en cours.',
    hold: 'En cours : {{term}}, {{grade}} — reprise seulement au grade 1 ou moins (décision du prescripteur).',
    continue: 'En cours : {{term}}, {{grade}} (poursuivre avec surveillance étroite).',
    grade: 'grade {{grade}}',
    notGraded: 'non gradé',
  },
  steroids: {
    notAsked: 'Corticoïdes : pas encore demandé (mg/jour équivalent prednisone).',
    withinLimit: 'Corticoïdes : {{dose}} (limite {{limit}} mg/jour).',
    none: 'aucun',
    dose: '{{mg}} mg/jour équivalent prednisone',
    aboveLimit: 'Corticoïdes : {{mg}} mg/jour équivalent prednisone, au-dessus de {{limit}} mg/jour.',
  },
  consent: {
    none: 'Consentement : aucun au dossier pour ce plan.',
    expired: 'Consentement : expiré le {{expiresOn}}.',
    onFile: 'Consentement : {{type}}, {{date}}, recueilli par {{obtainedBy}}.',
    onFileUntil: 'Consentement : {{type}}, {{date}}, recueilli par {{obtainedBy}}, valable jusqu’au {{expiresOn}}.',
    types: { written: 'écrit', verbal: 'verbal', electronic: 'électronique' },
  },
  education: {
    given: 'Éducation faite le {{date}}.',
    missingBeforeFirstDose: 'Éducation : non enregistrée avant cette première dose.',
    notRecorded: 'Éducation : non enregistrée dans Chairside.',
  },
  vitals: {
    notRecorded: 'Signes vitaux : pas encore saisis.',
    noFlag: 'Signes vitaux : aucune alerte.',
    flag: 'Alerte signe vital : {{field}}, valeur {{direction}} ({{value}}).',
    low: 'basse',
    high: 'haute',
    measure: '{{value}} {{unit}}',
  },
};
