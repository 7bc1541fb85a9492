import i18next from 'i18next';
import { auditCodesEn } from './messages-codes.en';
import { auditCodesFr } from './messages-codes.fr';

// A stored audit code in the reader's words. A code the registry does not know (an older version's, say) is
// shown as stored: the trail is never hidden, only worded.

const WORDS = { en: auditCodesEn, fr: auditCodesFr };

const wordsFor = (language: string) => (language.startsWith('fr') ? WORDS.fr : WORDS.en);

export function actionWords(code: string, language: string = i18next.language): string {
  return (wordsFor(language).action as Record<string, string>)[code] ?? code;
}

export function objectWords(code: string, language: string = i18next.language): string {
  return (wordsFor(language).object as Record<string, string>)[code] ?? code;
}

/** What a 'read' event looked at ("Patient details", "Day schedule"), from the view or chart kind it stored. */
export function viewWords(code: string, language: string = i18next.language): string {
  return (wordsFor(language).view as Record<string, string>)[code] ?? code;
}
