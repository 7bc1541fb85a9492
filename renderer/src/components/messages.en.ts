// Words of the shared form controls (components/), mounted under `field` in i18n/en.ts and i18n/fr.ts.

export const fieldEn = {
  number: {
    incomplete: 'Finish the number (for example {{example}}).',
    'not-a-number': 'Type digits with at most one decimal mark (for example {{example}}).',
    'ambiguous-grouping': '“{{typed}}” could be read two ways: type it without a thousands separator.',
    negative: 'This value cannot be negative.',
    'whole-number': 'Type a whole number.',
    'too-many-decimals_one': 'Type at most {{count}} decimal place.',
    'too-many-decimals_other': 'Type at most {{count}} decimal places.',
    'below-min': 'Below {{min}} {{unit}}, the lowest value accepted here: check the number.',
    'above-max': 'Above {{max}} {{unit}}, the highest value accepted here: check the number.',
    fixFirst: 'Correct this number first: nothing was sent.',
  },
  /** Before the title of a source document (its title stays in the document's language). */
  source: 'Source:',
  date: {
    placeholder: 'YYYY-MM-DD',
    format: 'Year-month-day, e.g. 1961-03-12.',
    reads: 'Reads as {{date}}.',
    impossible: '{{typed}} is not a day of the calendar: check the month and the day.',
  },
  time: {
    help: '24-hour clock, e.g. 08:30 (0830 works too).',
    helpEndOfDay: '24-hour clock, e.g. 17:30; 24:00 is the end of the day.',
    unreadable: 'Not a time on the 24-hour clock: type it as 08:30 or 0830.',
  },
  patientSearch: {
    placeholder: 'MRN or name',
    results: 'Matching patients',
    found_one: '{{count}} patient found',
    found_other: '{{count}} patients found',
    noneFound: 'No patient found. Check the MRN or the spelling of the name.',
    failed: 'Search failed: {{message}}',
    startTyping: 'Start typing to search.',
  },
  /** A refused request; each field's sentence comes from shared/ipc/validation-words.ts, in the reader's language. */
  refusal: {
    summary: 'Not saved. {{list}}',
    summaryNoNames: 'Not saved: a value was refused. Check the fields marked.',
  },
};
