// The downtime sheet's words in English (printed by main in the center's language, through
// shared/i18n/translate.ts); the French is messages-downtime.fr.ts, with the same keys.

export const downtimeEn = {
  title: 'Downtime sheet',
  intro:
    'For use while Chairside is unavailable. Check every dose against the prescription; record care on paper and enter it in Chairside afterwards.',
  column: {
    time: 'Time',
    chair: 'Chair',
    patient: 'Patient',
    mrnBirth: 'MRN · date of birth',
    regimen: 'Regimen',
    allergies: 'Allergies',
    lastReaction: 'Last infusion reaction (CTCAE)',
  },
  none: 'No appointment today.',
  noAllergy: 'None recorded',
  noReaction: 'None recorded',
  grade: 'grade {{grade}}',
  gradeUnknown: 'grade not recorded',
  regimenDose: '{{regimen}} · cycle {{cycle}} · dose {{dose}}',
  printed: 'Printed {{at}}',
};
