// Words of the shared form controls (components/), mounted under `field` in i18n/en.ts and i18n/fr.ts.

export const fieldEn = {
  number: {
    incomplete: 'Finish the number (for example {{example}}).',
    'not-a-number': 'Type digits with at most one decimal mark (for example {{example}}).',
    'ambiguous-grouping': '“{{typed}}” could be read two ways: type it without a thousands separator.',
    negative: 'This value cannot be negative.',
    'whole-number': 'Type a whole number.',
    'too-many-decimals_one': 'Type at most {{count}} decimal place.',
    'too-many-decimals_other': 'Type at most {{count}} decimal places.',
    'below-min': 'Below {{min}} {{unit}}, the lowest value accepted here: check the number.',
    'above-max': 'Above {{max}} {{unit}}, the highest value accepted here: check the number.',
    fixFirst: 'Correct this number first: nothing was sent.',
  },
};

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
};
