// The words of the reasons the app writes itself (shared/reasons/app-reasons.ts), in English. Main writes the
// English sentence from these into the reason's text column (logs, audit trail, older readers); the screens
// (mounted under `reasons` in the renderer's catalogue) say them in the reader's language from the stored code
// and values. The French is in messages.fr.ts, typed by this shape. A CTCAE term is never translated.

export const reasonsEn = {
  'reaction-discontinue':
    'Grade {{grade}} infusion-related reaction (CTCAE v5.0) on {{date}}: the label says permanently discontinue. Prescriber to review before any further dose.',
  'side-effect-hold': '{{term}} {{grade}} (CTCAE v5.0) charted with action Hold{{onset}}.',
  'side-effect-discontinue': '{{term}} {{grade}} (CTCAE v5.0) charted with action Discontinue{{onset}}.',
  'held-at-chair': 'Held at the chair: {{note}}',
  'dose-held': 'Dose {{dose}} held: {{cause}}',
  'dose-held-no-room': 'Dose {{dose}} held: {{cause}} (no room on the new date)',
  'day-tightened': 'Day tightened: infusion chairs in use at the busiest time {{before}} → {{after}}',
  'center-closed': 'Center closed on {{date}}: {{note}}',
  'center-closed-hours': 'Center closed on {{date}} (opening hours)',
  part: {
    grade: 'grade {{grade}}',
    /** A side effect signed without a grade: said in words, never a made-up number. */
    noGrade: 'no grade charted',
    /** A side effect signed without a CTCAE term. */
    noTerm: 'Side effect',
    onset: ' on {{date}}',
  },
};

export type ReasonMessages = typeof reasonsEn;
