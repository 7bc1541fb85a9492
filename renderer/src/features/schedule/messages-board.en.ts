// Words for the charge nurse's board. Mounted under `nurseBoard` in i18n/en.ts and i18n/fr.ts; the French
// object has the same keys (its type says so).

export const nurseBoardEn = {
  link: 'Nurse assignments',
  title: 'Nurse assignments',
  proposed: 'Proposed assignment, not saved yet: it balances first doses, CAR T, reactions before and long visits.',
  savedAt: 'Saved at {{time}} by {{by}}.',
  savedAtNoName: 'Saved at {{time}}.',
  unsaved_one: '{{count}} change not saved.',
  unsaved_other: '{{count}} changes not saved.',
  save: 'Save assignments',
  useProposal: 'Start again from the proposal',
  saved: 'Assignments saved.',
  readOnly: 'Only a charge nurse changes the assignments.',
  empty: 'No visits on this day.',
  noNurses: 'No nurse is on shift this day: set the shifts in Settings.',
  unassigned: 'Not assigned',
  offShift: 'With a nurse who is not on shift today: assign it to someone on shift.',
  shift: 'Shift {{start}}–{{end}}',
  load_one: '{{count}} patient · {{points}} points',
  load_other: '{{count}} patients · {{points}} points',
  limits: 'At most {{patients}} patients at once and {{starts}} start per nurse per slot (center settings).',
  assignTo: 'Assign {{patient}} ({{time}}) to',
  proposal: 'Proposed: {{nurse}}',
  reason: {
    'first-dose': 'First dose',
    'car-t': 'CAR T',
    'reaction-history': 'Reaction before',
    'long-visit': 'Long visit',
  },
  refusal: {
    'nurse-not-on-shift': '{{nurse}} is not on shift for the whole visit at {{time}}.',
    'nurse-over-ratio':
      '{{nurse}} would have more patients at once around {{time}} than the {{limit}} the center allows.',
    'nurse-starts-together':
      '{{nurse}} would start more patients at {{time}} than the {{limit}} per slot the center allows.',
    'visit-not-on-day': 'A visit on the board is no longer on this day: reload.',
  },
};

export type NurseBoardMessages = typeof nurseBoardEn;
