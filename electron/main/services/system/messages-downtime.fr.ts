import type { downtimeEn } from './messages-downtime.en';

// The downtime sheet's words in French, the same keys as messages-downtime.en.ts.

export const downtimeFr: typeof downtimeEn = {
  title: 'Feuille de secours',
  intro:
    'À utiliser pendant une indisponibilité de Chairside. Vérifiez chaque dose sur la prescription ; notez les soins sur papier et saisissez-les ensuite dans Chairside.',
  column: {
    time: 'Heure',
    chair: 'Fauteuil',
    patient: 'Patient',
    mrnBirth: 'N° de dossier · naissance',
    regimen: 'Protocole',
    allergies: 'Allergies',
    lastReaction: 'Dernière réaction à la perfusion (CTCAE)',
  },
  none: 'Aucun rendez-vous aujourd’hui.',
  noAllergy: 'Aucune notée',
  noReaction: 'Aucune notée',
  grade: 'grade {{grade}}',
  gradeUnknown: 'grade non noté',
  regimenDose: '{{regimen}} · cycle {{cycle}} · dose {{dose}}',
  printed: 'Imprimé le {{at}}',
};
