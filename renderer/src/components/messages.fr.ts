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
  source: 'Source :',
  date: {
    placeholder: 'AAAA-MM-JJ',
    format: 'Année-mois-jour, par ex. 1961-03-12.',
    reads: 'Soit le {{date}}.',
    impossible: '{{typed}} n’est pas un jour du calendrier : vérifiez le mois et le jour.',
  },
  time: {
    help: 'Horloge de 24 heures, p. ex. 08:30 (0830 fonctionne aussi).',
    helpEndOfDay: 'Horloge de 24 heures, p. ex. 17:30 ; 24:00 est la fin de la journée.',
    unreadable: 'Ce n’est pas une heure de l’horloge de 24 heures : tapez-la comme 08:30 ou 0830.',
  },
  patientSearch: {
    placeholder: 'N° de dossier ou nom',
    results: 'Patients correspondants',
    found_one: '{{count}} patient trouvé',
    found_other: '{{count}} patients trouvés',
    noneFound: 'Aucun patient trouvé. Vérifiez le numéro de dossier ou l’orthographe du nom.',
    failed: 'La recherche a échoué : {{message}}',
    startTyping: 'Commencez à saisir pour rechercher.',
  },
  refusal: {
    summary: 'Non enregistré. {{list}}',
    summaryNoNames: 'Non enregistré : une valeur a été refusée. Vérifiez les champs signalés.',
  },
};
