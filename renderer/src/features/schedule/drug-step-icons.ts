// One sign per step of the drug's way to the chair, the same in every language (the words sit beside it).
export const DRUG_STEP_ICONS = {
  ordered: '○',
  verified: '◔',
  'in-preparation': '◑',
  ready: '◕',
  delivered: '●',
} as const;
