// Les mots des motifs que l’application écrit elle-même, en français ; mêmes clés que messages.en.ts (son type le
// dit). Un terme CTCAE reste tel qu’il est publié, en anglais.
import type { ReasonMessages } from './messages.en';

export const reasonsFr: ReasonMessages = {
  'reaction-discontinue':
    'Infusion related reaction (CTCAE v5.0) de grade {{grade}} le {{date}} : la monographie dit d’arrêter définitivement. Le prescripteur doit réévaluer avant toute nouvelle dose.',
  'side-effect-hold': '{{term}}, {{grade}} (CTCAE v5.0), noté avec la conduite « Suspension »{{onset}}.',
  'side-effect-discontinue': '{{term}}, {{grade}} (CTCAE v5.0), noté avec la conduite « Arrêt définitif »{{onset}}.',
  'held-at-chair': 'Suspendue au fauteuil : {{note}}',
  'dose-held': 'Dose {{dose}} suspendue : {{cause}}',
  'dose-held-no-room': 'Dose {{dose}} suspendue : {{cause}} (pas de place à la nouvelle date)',
  'day-tightened': 'Journée resserrée : fauteuils de perfusion occupés au moment le plus chargé {{before}} → {{after}}',
  'center-closed': 'Centre fermé le {{date}} : {{note}}',
  'center-closed-hours': 'Centre fermé le {{date}} (heures d’ouverture)',
  part: {
    grade: 'grade {{grade}}',
    noGrade: 'sans grade noté',
    noTerm: 'Effet indésirable',
    onset: ', apparu le {{date}}',
  },
};
