import i18next from 'i18next';

// A colon after a label, as the reader's language writes it: French puts a space before it ("N° de dossier :"),
// English does not. The catalogues use a plain space; words a component joins to a label use this, so the two
// agree (tests/unit/i18n/french-colon.test.ts checks both).

/** ":" in English, " :" in French. */
export const colon = (language: string = i18next.language): string => (language.startsWith('fr') ? ' :' : ':');

/** A label before its value: "Allergies:" in English, "Allergies :" in French. */
export const withColon = (label: string, language?: string): string => `${label}${colon(language)}`;
