import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/ipc/schemas';
import { en } from './en';
import { fr } from './fr';

export const LANGUAGES: ReadonlyArray<{ code: Locale; label: string }> = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
];

export function initI18n(language: Locale): void {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}

export function setLanguage(language: Locale): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
