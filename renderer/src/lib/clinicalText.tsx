import { useTranslation } from 'react-i18next';
import { clinicalFrench } from '../../../shared/clinical';

// The library's clinical text (warnings, administration rules, premedication, preparation, CTCAE grade
// descriptions, regimen names and settings) in the screen's language: French from resources/clinical/fr.json on
// French screens, the sourced English otherwise. A text without French is shown in English and marked lang="en"
// for screen readers.

export function useClinicalText(): (english: string) => { text: string; lang: 'en' | 'fr' } {
  const { i18n } = useTranslation();
  const isFrench = i18n.language === 'fr';
  return (english) => {
    const french = isFrench ? clinicalFrench(english) : undefined;
    return french ? { text: french, lang: 'fr' } : { text: english, lang: 'en' };
  };
}

/** One library text, in the screen's language. */
export function ClinicalText({ text }: { text: string }) {
  const localized = useClinicalText()(text);
  return <span lang={localized.lang}>{localized.text}</span>;
}

/**
 * A regimen name as a plan stores it (the library's English when the plan was made, or a center regimen's own
 * name) in the screen's language: fr.json's French when the library has it, else the name as stored. A name
 * without French is left unmarked: it may be a center's own words, in whatever language the center wrote them.
 */
export function regimenNameIn(language: string, name: string): { text: string; lang?: 'fr' } {
  const french = language === 'fr' ? clinicalFrench(name) : undefined;
  return french ? { text: french, lang: 'fr' } : { text: name };
}

/** The regimen-name lookup for the screen's language, for places that need the text alone (titles, options). */
export function useRegimenName(): (name: string) => string {
  const { i18n } = useTranslation();
  return (name) => regimenNameIn(i18n.language, name).text;
}

/** A regimen name on screen; `library` marks a library text left in English (an older name) as lang="en". */
export function RegimenName({ name, library = false }: { name: string; library?: boolean }) {
  const { i18n } = useTranslation();
  const localized = regimenNameIn(i18n.language, name);
  const lang = localized.lang ?? (library && i18n.language === 'fr' ? 'en' : undefined);
  return <span lang={lang}>{localized.text}</span>;
}
