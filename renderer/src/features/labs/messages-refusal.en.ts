import type { LabProblemCode } from '../../../../shared/labs/entry';

// Why a lab result or a center's LOINC code is refused, by reason (shared/labs/entry.ts, the core's lab-codes
// service): the entry form and the CSV preview say their own check's problems with these words, and the core's
// refusal of the same rows carries the same reasons. Mounted under `errors` (i18n/errors.en.ts); French in
// messages-refusal.fr.ts. The test and the field are named from `labs.analyte` and `labs.problemField`.

export const labRefusalEn = {
  'lab-test-unknown': 'Test: “{{text}}” is not a test Chairside knows.',
  'lab-drawn-at-format': 'Drawn at: give the date and time drawn (YYYY-MM-DD HH:mm, 24-hour clock).',
  'lab-drawn-in-future': 'Drawn at: a result cannot be drawn in the future.',
  'lab-unit-unknown': 'Unit: “{{unit}}” is not a unit $t(labs.analyte.{{analyte}}) is reported in ({{units}}).',
  'lab-value-required': 'Value: type the value.',
  'lab-number-ambiguous':
    '$t(labs.problemField.{{field}}): “{{text}}” could be read two ways: type it without a thousands separator.',
  'lab-not-a-number': '$t(labs.problemField.{{field}}): “{{text}}” is not a number.',
  'lab-range-reversed': 'Reference range, high: the high limit is below the low limit.',
  'lab-qualitative-word': 'Value: type negative, positive or indeterminate.',
  'loinc-format': 'The LOINC code for $t(labs.analyte.{{analyte}}) must be digits, a hyphen and one check digit.',
  'loinc-check-digit':
    'The LOINC code for $t(labs.analyte.{{analyte}}) has a last digit that is not the check digit of the digits before it: check the code with your laboratory.',
} satisfies Record<LabProblemCode | 'loinc-format' | 'loinc-check-digit', string>;
