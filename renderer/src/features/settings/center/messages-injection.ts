// Words for Settings › Chairs › Injection places. Mounted under `center.injection` in i18n/en.ts and i18n/fr.ts;
// the French object has the same keys (its type says so).

export const injectionEn = {
  title: 'Injection places',
  intro:
    'Subcutaneous products (Tecentriq Hybreza, Opdivo Qvantig, Keytruda Qlex) are booked here, never on an infusion chair. A room that takes several patients at once has that capacity.',
  empty: 'No injection place yet: subcutaneous plans cannot be booked until one is added.',
  name: 'Name',
  capacity: 'Patients at once',
  capacityShown: '{{count}} at once',
  add: 'Add injection place',
  save: 'Save',
  edit: 'Change',
  editLabel: 'Change {{name}}',
  deactivate: 'Take out of service',
  activate: 'Return to service',
  listLabel: 'Injection places',
};

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
