// Ready to treat's words in English: the lines (a)–(g) the Assessment shows, the signed assessment keeps and the
// start refuses with. Main builds every item in both languages from the same key and parameters
// (shared/ready/words.ts); the French is messages.fr.ts, typed by this shape.
//
// A prescriber's release covers the reasons shown by their identity, the key and parameters (shared/ready/words.ts
// `identify`), not by these words: a sentence may be reworded without voiding a release. Renaming a key or changing
// its parameters does change the identity: a release entered before stops covering that reason and the dose is held
// again until a prescriber releases it (the safe side), so such a change is said in the release notes. Releases
// entered before items had ids are matched by their English, written again the way it was then (ISO dates,
// `englishBefore`): rewording a sentence still voids those. tests/unit/ready/words.test.ts writes out every sentence.
//
// Parameters: numbers are written the safe way in the language's decimal mark (0.5 / 0,5); {{names}} and
// {{analyte}} are the analytes' names in the language; dates and times the reader's way in each language
// ("26 Nov 2026 14:00", "26 nov. 2026 à 14:00"): words.ts writes them.

export const readyEn = {
  labs: {
    /** Analytes any of which will do ("Cortisol or ACTH"), said one after another. */
    either: '{{first}} or {{next}}',
    missing: '{{names}}: no result — draw it before the dose.',
    onFile: '{{names}}: on file ({{drawnAt}}).',
    preDoseNotSet:
      '{{names}}: drawn {{drawnAt}}; the center has not set how many hours before a dose it may be drawn (no source gives a number).',
    periodicNotSet:
      '{{names}}: drawn {{drawnAt}}; the center has not set how often “periodically” is (no source gives a number).',
    within: '{{names}}: drawn {{drawnAt}}, within {{window}}.',
    older: '{{names}}: drawn {{drawnAt}}, older than {{window}} — draw it again.',
    hours: '{{hours}} h',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
  },
  values: {
    /** A result as the lab gave it: a bound keeps its sign ("<7.5 U/L"). */
    result: '{{comparator}}{{value}} {{unit}}',
    noValue: '{{analyte}}: no value to compare.',
    noUpperLimit: '{{analyte}} {{result}}: no upper reference limit entered with the result.',
    noBaseline: '{{analyte}} {{result}}: no baseline before the first dose.',
    lowerBound: '{{analyte}} {{result}}: reported as a lower bound, limit {{limit}}.',
    above: '{{analyte}} {{result}} is above {{limit}}: hold for the prescriber.',
    notAbove: '{{analyte}} {{result}}, not above {{limit}}.',
    limit: '{{value}} {{unit}}',
    limitOf: '{{value}} {{unit}} ({{multiple}})',
    timesUln: '{{times}} × ULN',
    timesBaseline: '{{times}} × baseline',
  },
  irae: {
    none: 'No open immune-related side effect.',
    hold: 'Open: {{term}}, {{grade}} — resume only when grade 1 or less (prescriber decides).',
    continue: 'Open: {{term}}, {{grade}} (continue with close monitoring).',
    grade: 'grade {{grade}}',
    notGraded: 'not graded',
  },
  steroids: {
    notAsked: 'Corticosteroids: not asked yet (prednisone-equivalent mg/day).',
    withinLimit: 'Corticosteroids: {{dose}} (limit {{limit}} mg/day).',
    none: 'none',
    dose: '{{mg}} mg/day prednisone-equivalent',
    aboveLimit: 'Corticosteroids: {{mg}} mg/day prednisone-equivalent, above {{limit}} mg/day.',
  },
  consent: {
    none: 'Consent: none on file for this plan.',
    expired: 'Consent: expired on {{expiresOn}}.',
    onFile: 'Consent: {{type}}, {{date}}, obtained by {{obtainedBy}}.',
    onFileUntil: 'Consent: {{type}}, {{date}}, obtained by {{obtainedBy}}, valid until {{expiresOn}}.',
    /** The consent type, as the consent form records it. */
    types: { written: 'written', verbal: 'verbal', electronic: 'electronic' },
  },
  education: {
    given: 'Education given on {{date}}.',
    missingBeforeFirstDose: 'Education: not recorded before this first dose.',
    notRecorded: 'Education: not recorded in Chairside.',
  },
  vitals: {
    notRecorded: 'Vital signs: not recorded yet.',
    noFlag: 'Vital signs: no flag.',
    flag: 'Vital sign flag: {{field}} {{direction}} ({{value}}).',
    low: 'low',
    high: 'high',
    measure: '{{value}} {{unit}}',
  },
};

export type ReadyMessages = typeof readyEn;
