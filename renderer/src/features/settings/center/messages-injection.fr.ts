import type { injectionEn } from './messages-injection.en';

export const injectionFr: typeof injectionEn = {
  title: 'Lieux d’injection',
  intro:
    'Les produits sous-cutanés (Tecentriq Hybreza, Opdivo Qvantig, Keytruda Qlex) sont planifiés ici, jamais sur un fauteuil de perfusion. Une salle qui reçoit plusieurs patients à la fois a cette capacité.',
  empty: 'Aucun lieu d’injection : les plans sous-cutanés ne peuvent pas être planifiés avant d’en ajouter un.',
  name: 'Nom',
  capacity: 'Patients à la fois',
  capacityShown: '{{count}} à la fois',
  add: 'Ajouter un lieu d’injection',
  save: 'Enregistrer',
  edit: 'Modifier',
  editLabel: 'Modifier {{name}}',
  deactivate: 'Mettre hors service',
  activate: 'Remettre en service',
  listLabel: 'Lieux d’injection',
};
