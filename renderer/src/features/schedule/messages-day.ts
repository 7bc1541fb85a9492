// Words for the day as it runs: the drug's way to the chair, the pharmacy list, the time left in observation.
// Mounted under `dayRun` in i18n/en.ts and i18n/fr.ts; the French object has the same keys (its type says so).

export const dayRunEn = {
  drugStep: {
    ordered: 'Drug ordered',
    verified: 'Drug verified',
    'in-preparation': 'Drug in preparation',
    ready: 'Drug ready',
    delivered: 'Drug at the chair',
  },
  advanceTo: {
    verified: 'Mark verified',
    'in-preparation': 'Mark in preparation',
    ready: 'Mark ready',
    delivered: 'Mark delivered',
  },
  advanceLabel: '{{action}} for {{patient}} at {{time}}',
  waiting: 'Chair waiting {{minutes}} min for the drug',
  waited: 'Waited {{minutes}} min for the drug',
  minutesLeft: '{{minutes}} min left',
  carTDay: 'CAR T day {{day}}',
  carTMonitoring: 'CAR T monitoring visit, nothing given',
  injectionPlaces: 'Injection places',
  injectionRowLabel: 'Injection places (subcutaneous products)',
  pharmacyLink: 'Pharmacy list',
  pharmacyTitle: 'Pharmacy list',
  pharmacyEmpty: 'No visits on this day.',
  columns: {
    time: 'Start',
    needed: 'Needed at',
    chair: 'Chair',
    patient: 'Patient',
    drugs: 'Drugs',
    step: 'Status',
    history: 'Steps',
    action: 'Next step',
  },
  stepBy: '{{step}} {{time}} ({{by}})',
  stepAt: '{{step}} {{time}}',
  advanced: '{{patient}}: {{step}}.',
};

export type DayRunMessages = typeof dayRunEn;

export const dayRunFr: DayRunMessages = {
  drugStep: {
    ordered: 'Médicament prescrit',
    verified: 'Médicament validé',
    'in-preparation': 'Médicament en préparation',
    ready: 'Médicament prêt',
    delivered: 'Médicament au fauteuil',
  },
  advanceTo: {
    verified: 'Marquer validé',
    'in-preparation': 'Marquer en préparation',
    ready: 'Marquer prêt',
    delivered: 'Marquer livré',
  },
  advanceLabel: '{{action}} pour {{patient}} à {{time}}',
  waiting: 'Fauteuil en attente du médicament depuis {{minutes}} min',
  waited: 'Attente du médicament : {{minutes}} min',
  minutesLeft: 'encore {{minutes}} min',
  carTDay: 'CAR T jour {{day}}',
  carTMonitoring: 'Visite de surveillance CAR T, rien n’est administré',
  pharmacyLink: 'Liste de la pharmacie',
  pharmacyTitle: 'Liste de la pharmacie',
  pharmacyEmpty: 'Aucune visite ce jour-là.',
  columns: {
    time: 'Début',
    needed: 'Nécessaire à',
    chair: 'Fauteuil',
    patient: 'Patient',
    drugs: 'Médicaments',
    step: 'Statut',
    history: 'Étapes',
    action: 'Étape suivante',
  },
  stepBy: '{{step}} {{time}} ({{by}})',
  stepAt: '{{step}} {{time}}',
  advanced: '{{patient}} : {{step}}.',
  injectionPlaces: 'Lieux d’injection',
  injectionRowLabel: 'Lieux d’injection (produits sous-cutanés)',
};

export const DRUG_STEP_ICONS = {
  ordered: '○',
  verified: '◔',
  'in-preparation': '◑',
  ready: '◕',
  delivered: '●',
} as const;
