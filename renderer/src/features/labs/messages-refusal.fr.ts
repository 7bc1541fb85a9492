import type { labRefusalEn } from './messages-refusal.en';

// Les refus d’un résultat de laboratoire ou d’un code LOINC du centre; mêmes clés que messages-refusal.en.ts.

export const labRefusalFr: typeof labRefusalEn = {
  'lab-test-unknown': 'Analyse : « {{text}} » n’est pas une analyse connue de Chairside.',
  'lab-drawn-at-format': 'Prélevé le : indiquez la date et l’heure du prélèvement (AAAA-MM-JJ HH:mm, sur 24 heures).',
  'lab-drawn-in-future': 'Prélevé le : un prélèvement ne peut pas être dans le futur.',
  'lab-unit-unknown': 'Unité : « {{unit}} » n’est pas une unité de l’analyse $t(labs.analyte.{{analyte}}) ({{units}}).',
  'lab-value-required': 'Valeur : saisissez la valeur.',
  'lab-number-ambiguous':
    '$t(labs.problemField.{{field}}) : « {{text}} » peut se lire de deux façons : tapez-le sans séparateur de milliers.',
  'lab-not-a-number': '$t(labs.problemField.{{field}}) : « {{text}} » n’est pas un nombre.',
  'lab-range-reversed': 'Valeur de référence haute : la limite haute est inférieure à la limite basse.',
  'lab-qualitative-word': 'Valeur : saisissez négatif, positif ou indéterminé.',
  'loinc-format':
    'Code LOINC de l’analyse $t(labs.analyte.{{analyte}}) : des chiffres, un trait d’union et un chiffre de contrôle.',
  'loinc-check-digit':
    'Code LOINC de l’analyse $t(labs.analyte.{{analyte}}) : le dernier chiffre n’est pas le chiffre de contrôle des chiffres qui le précèdent. Vérifiez le code auprès de votre laboratoire.',
};
