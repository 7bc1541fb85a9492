// The Settings section for the center's Ready-to-treat values; French in messages-policy.fr.ts with the same keys.

export const policyEn = {
  intro:
    'Ready to treat on the chairside Assessment uses these values. The windows have no published number: until the center sets them, the lab lines say “unknown” and the dose is held for the prescriber. A limit left empty uses the shipped value shown under it.',
  windows: 'How recent the labs must be',
  limits: 'Values that hold a dose',
  preDoseMaxAgeHours: 'Labs “before each dose” may be drawn up to',
  preDoseUnit: 'hours before the dose',
  periodicMaxAgeDays: 'Labs asked for “periodically”: at least every',
  periodicUnit: 'days',
  notSet: 'Not set: no source gives a number; the lab lines say “unknown” until it is set.',
  askedBy: 'Asked for by the rules in these sources.',
  limit: {
    'uln-multiple': '{{analyte}}: hold above',
    'baseline-multiple': '{{analyte}}: hold above',
    above: '{{analyte}}: hold above',
    'steroid-mg-per-day': 'Corticosteroids (prednisone-equivalent): hold above',
  },
  unit: {
    'uln-multiple': '× ULN',
    'baseline-multiple': '× baseline',
    'steroid-mg-per-day': 'mg/day',
  },
  shipped: 'Shipped value: {{value}}. Leave empty to use it.',
  source: 'source',
  sourceRevised: 'revised {{date}}',
  sourceNoRevision: 'no revision date given',
  save: 'Save the Ready-to-treat values',
};
