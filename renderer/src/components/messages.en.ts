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
  /** A refused request; each field's sentence comes from shared/ipc/validation-words.ts, in the reader's language. */
  refusal: {
    summary: 'Not saved. {{list}}',
    summaryNoNames: 'Not saved: a value was refused. Check the fields marked.',
  },
};
