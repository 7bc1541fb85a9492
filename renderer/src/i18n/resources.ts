import { withEveryPluralForm } from '../../../shared/i18n/translate';
import { en } from './en';
import { fr } from './fr';

// The catalogues as i18next is given them: each with every plural form its language has (French "many" for
// 1 000 000 reads as `_other`), so a count never falls through to the English words or to the key.

export const RESOURCES = {
  en: { translation: withEveryPluralForm(en, 'en') },
  fr: { translation: withEveryPluralForm(fr, 'fr') },
};
