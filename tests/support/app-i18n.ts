import { join, resolve } from 'node:path';

// The renderer's words in a node test: its modules are loaded by path at run time (they are not part of the
// tests' TypeScript project), and i18next is set up by the renderer's own initI18n, with the same catalogues,
// every plural form and the English fallback a nurse's screen has.

export const RENDERER = resolve(import.meta.dirname, '../../renderer/src');

/** A renderer module by its path under renderer/src, typed by the caller. */
export async function rendererModule<T>(path: string): Promise<T> {
  return (await import(join(RENDERER, path))) as T;
}

/** The global i18next, set up exactly as the renderer sets it up, in `language`. */
export async function appI18n(language: 'en' | 'fr' = 'en'): Promise<void> {
  const { initI18n } = await rendererModule<{ initI18n: (language: 'en' | 'fr') => void }>('i18n/index.ts');
  initI18n(language);
  const { default: i18next } = await import('i18next');
  await i18next.changeLanguage(language);
}
