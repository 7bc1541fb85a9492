import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/ipc/schemas';
import { RESOURCES } from './resources';

export const LANGUAGES: ReadonlyArray<{ code: Locale; label: string }> = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
];

export function initI18n(language: Locale): void {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: RESOURCES,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}

export function setLanguage(language: Locale): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/**
 * Words for a key put together at run time (a code the core sent, a column id, an identifier stored in a chart
 * entry). Literal keys are checked by the compiler (i18n/types.d.ts); this is the one way in for the others, and
 * it always says what to show when the key has no words.
 */
export function tDynamic(key: string, fallback: string, params?: Record<string, unknown>): string {
  if (!i18next.exists(key, params)) return fallback;
  const translate = i18next.t as unknown as (k: string, o?: Record<string, unknown>) => string;
  return translate(key, params);
}
