import type { TightenWords } from './messages.en';

// Les mots de « Resserrer la journée » ; mêmes clés que messages.en.ts.

export const tightenFr: TightenWords = {
  link: 'Resserrer cette journée…',
  title: 'Resserrer la journée',
  intro:
    'Les rendez-vous sont pris un appel à la fois : l’heure la plus chargée occupe souvent plus de fauteuils que la journée n’en demande. Ceci replanifie d’un coup les fauteuils de perfusion de la journée : chaque patient reste dans la plage qu’il a demandée et garde la durée de sa visite. Rien ne change avant que vous l’appliquiez.',
  shiftLabel: 'Déplacer l’arrivée d’un patient d’au plus',
  shift: {
    '30': '30 minutes',
    '60': '1 heure',
    '120': '2 heures',
    window: 'N’importe où dans la plage qu’il a demandée',
  },
  readOnly: 'Seule une infirmière-chef resserre une journée.',
  loading: 'Calcul de la proposition…',
  summary:
    'Fauteuils de perfusion occupés au plus fort de la journée : {{before}} maintenant, {{after}} avec cette proposition.',
  floor: 'Aucun plan ne peut en occuper moins de {{floor}} avec les infirmières en poste.',
  verdict: {
    'already-tight': 'Cette journée est déjà aussi resserrée que le planificateur peut la faire : rien à déplacer.',
    'no-plan':
      'Le planificateur n’a trouvé aucun plan pour toute la journée dans les plages des patients et les limites des infirmières : rien à déplacer.',
    'nothing-booked': 'Aucun rendez-vous sur les fauteuils ce jour-là.',
  },
  tell_one: 'L’heure d’arrivée de {{count}} patient change : prévenez-le avant la journée.',
  tell_other: 'L’heure d’arrivée de {{count}} patients change : prévenez-les avant la journée.',
  table: 'Déplacements proposés',
  patient: 'Patient',
  now: 'Maintenant',
  proposed: 'Proposé',
  change: 'Pour le patient',
  timeChanged: 'Nouvelle heure : prévenir le patient',
  sameTime: 'Même heure',
  place: '{{time}} · {{chair}} · {{nurse}}',
  noNurse: 'aucune infirmière',
  apply_one: 'Appliquer {{count}} déplacement',
  apply_other: 'Appliquer {{count}} déplacements',
  applying: 'Application…',
  applied_one: '{{count}} visite déplacée : fauteuils au plus fort de la journée {{before}} → {{after}}.',
  applied_other: '{{count}} visites déplacées : fauteuils au plus fort de la journée {{before}} → {{after}}.',
};
