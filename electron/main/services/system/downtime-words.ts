// The downtime sheet's words, in the center's language.

export interface DowntimeWords {
  lang: 'en' | 'fr';
  title: string;
  intro: string;
  columns: string[];
  none: string;
  noAllergy: string;
  noReaction: string;
  grade: string;
  gradeUnknown: string;
  cycle: string;
  dose: string;
  printed: string;
}

export const DOWNTIME_WORDS: Record<'en' | 'fr', DowntimeWords> = {
  en: {
    lang: 'en',
    title: 'Downtime sheet',
    intro:
      'For use while Chairside is unavailable. Check every dose against the prescription; record care on paper and enter it in Chairside afterwards.',
    columns: [
      'Time',
      'Chair',
      'Patient',
      'MRN · date of birth',
      'Regimen',
      'Allergies',
      'Last infusion reaction (CTCAE)',
    ],
    none: 'No appointment today.',
    noAllergy: 'None recorded',
    noReaction: 'None recorded',
    grade: 'grade',
    gradeUnknown: 'grade not recorded',
    cycle: 'cycle',
    dose: 'dose',
    printed: 'Printed',
  },
  fr: {
    lang: 'fr',
    title: 'Feuille de secours',
    intro:
      'À utiliser pendant une indisponibilité de Chairside. Vérifiez chaque dose sur la prescription ; notez les soins sur papier et saisissez-les ensuite dans Chairside.',
    columns: [
      'Heure',
      'Fauteuil',
      'Patient',
      'N° de dossier · naissance',
      'Protocole',
      'Allergies',
      'Dernière réaction à la perfusion (CTCAE)',
    ],
    none: 'Aucun rendez-vous aujourd’hui.',
    noAllergy: 'Aucune notée',
    noReaction: 'Aucune notée',
    grade: 'grade',
    gradeUnknown: 'grade non noté',
    cycle: 'cycle',
    dose: 'dose',
    printed: 'Imprimé le',
  },
};
