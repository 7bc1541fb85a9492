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
