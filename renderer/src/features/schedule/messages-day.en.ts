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
