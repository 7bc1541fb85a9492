// Plan hold, resume and discontinue, the plan's history and the CAR T plan form in English (French in the .fr.ts beside it).
// Mounted under `planActions` in i18n/en.ts and i18n/fr.ts; the French object has the same keys.

export const planActionsEn = {
  hold: 'Hold plan…',
  resume: 'Resume plan…',
  discontinue: 'Discontinue plan…',
  holdTitle: 'Hold {{regimen}}',
  holdHelp:
    'Every later visit not yet started is held: it stays on the day view as held, with your reason, and leaves the patient’s printed next appointments. The prescriber reviews the plan.',
  resumeTitle: 'Resume {{regimen}}',
  resumeHelp:
    'The held doses are booked again. If their dates have passed, the plan moves on from today and keeps its rhythm.',
  discontinueTitle: 'Discontinue {{regimen}}',
  discontinueHelp: 'The plan ends for good: its remaining visits, held or not, are cancelled.',
  reason: 'Reason',
  reasonHelp: 'Kept in the plan’s history, each visit’s history and the audit trail.',
  orderedBy: 'Decided by (prescriber)',
  orderedByHelp: 'Resuming or stopping a plan is the prescriber’s decision: name her as on the order.',
  asPrescriber: 'You record this as the prescriber.',
  confirmHold: 'Hold the plan',
  confirmResume: 'Resume and book',
  confirmDiscontinue: 'Discontinue the plan',
  close: 'Close',
  held: 'Plan on hold: {{count}} visit(s) held.',
  resumed: 'Plan resumed: {{count}} dose(s) booked again.',
  unplaced: 'Dose {{dose}} (due {{date}}) found no room: book it by hand.',
  discontinued: 'Plan discontinued: {{count}} visit(s) cancelled.',
  heldBecause: 'Held: {{reason}}',
  history: 'Plan history',
  historyEmpty: 'No hold, resumption or discontinuation yet.',
  historyLine: '{{at}} — {{action}} by {{who}}: {{reason}}',
  historyOrdered: 'decided by {{name}}',
  action: { hold: 'Held', resume: 'Resumed', discontinue: 'Discontinued' },
  source: { 'plan-screen': 'plan screen', reaction: 'charted reaction', irae: 'charted side effect' },
  someone: 'someone',
  kind: { legend: 'What to plan', regimen: 'Immunotherapy', 'car-t': 'CAR T cell therapy' },
  carT: {
    product: 'CAR T product',
    indication: 'Indication',
    ldRegimen: 'Lymphodepletion',
    ldAlternative: '{{label}} (alternative)',
    ldNone: 'None in the library for this indication',
    day0: 'Day 0 (CAR T infusion)',
    gap: 'Days between the end of lymphodepletion and day 0',
    gapHelp: '{{text}} ({{min}} to {{max}} days).',
    choose: '—',
    pastStart: 'Lymphodepletion would start before today. Check day 0, or confirm that this plan is already under way.',
  },
};

export type PlanActionsMessages = typeof planActionsEn;
