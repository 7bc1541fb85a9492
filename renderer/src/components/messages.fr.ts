import type { fieldEn } from './messages.en';

export const fieldFr: typeof fieldEn = {
  number: {
    incomplete: 'Terminez le nombre (par exemple {{example}}).',
    'not-a-number': 'Tapez des chiffres avec au plus une virgule décimale (par exemple {{example}}).',
    'ambiguous-grouping': '« {{typed}} » peut se lire de deux façons : tapez-le sans séparateur de milliers.',
    negative: 'Cette valeur ne peut pas être négative.',
    'whole-number': 'Tapez un nombre entier.',
    'too-many-decimals_one': 'Tapez au plus {{count}} décimale.',
    'too-many-decimals_other': 'Tapez au plus {{count}} décimales.',
    'below-min': 'Sous {{min}} {{unit}}, la plus petite valeur acceptée ici : vérifiez le nombre.',
    'above-max': 'Au-dessus de {{max}} {{unit}}, la plus grande valeur acceptée ici : vérifiez le nombre.',
    fixFirst: 'Corrigez d’abord ce nombre : rien n’a été envoyé.',
  },
  refusal: {
    summary: 'Non enregistré. {{list}}',
    summaryNoNames: 'Non enregistré : une valeur a été refusée. Vérifiez les champs signalés.',
  },
};
