// Words for "Tighten this day" (the charge nurse's re-plan of a coming day). Mounted under `tighten` in
// i18n/en.ts; messages.fr.ts has the same keys (its type says so).

export const tightenEn = {
  link: 'Tighten this day…',
  title: 'Tighten the day',
  intro:
    'Bookings are made one call at a time, so the busiest hour often uses more chairs than the day needs. This re-plans the day’s infusion chairs as a whole: each patient stays inside the window they asked for and keeps the length of their visit. Nothing changes until you apply it.',
  shiftLabel: 'Move a patient’s arrival by at most',
  shift: { '30': '30 minutes', '60': '1 hour', '120': '2 hours', window: 'Anywhere in the window they asked for' },
  readOnly: 'Only a charge nurse tightens a day.',
  loading: 'Working out the proposal…',
  summary: 'Infusion chairs in use at the busiest time: {{before}} now, {{after}} with this proposal.',
  floor: 'No plan can use fewer than {{floor}} with the nurses on shift.',
  verdict: {
    'already-tight': 'This day is already as tight as the planner can make it: nothing to move.',
    'no-plan':
      'The planner found no plan for the whole day within the patients’ windows and the nurse limits: nothing to move.',
    'nothing-booked': 'Nothing is booked on the chairs this day.',
  },
  tell_one: '{{count}} patient’s arrival time changes: tell them before the day.',
  tell_other: '{{count}} patients’ arrival times change: tell them before the day.',
  table: 'Proposed moves',
  patient: 'Patient',
  now: 'Now',
  proposed: 'Proposed',
  change: 'For the patient',
  timeChanged: 'New time: tell the patient',
  sameTime: 'Same time',
  place: '{{time}} · {{chair}} · {{nurse}}',
  noNurse: 'no nurse',
  apply_one: 'Apply {{count}} move',
  apply_other: 'Apply {{count}} moves',
  applying: 'Applying…',
  applied_one: '{{count}} visit moved: chairs at the busiest time {{before}} → {{after}}.',
  applied_other: '{{count}} visits moved: chairs at the busiest time {{before}} → {{after}}.',
};
export type TightenWords = typeof tightenEn;
