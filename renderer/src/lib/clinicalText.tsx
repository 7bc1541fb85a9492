import { useTranslation } from 'react-i18next';
import { clinicalFrench } from '../../../shared/clinical';

// The library's clinical text (warnings, administration rules, premedication, preparation, CTCAE grade
// descriptions) in the screen's language: French from resources/clinical/fr.json on French screens, the
// sourced English otherwise. A text without French is shown in English and marked lang="en" for screen readers.

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
