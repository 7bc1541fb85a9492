// The stable reasons a validation issue carries, so the screen words it in the reader's language and never shows
// the schema's English ("Too big: expected number to be <=120"). Main sets them (core/router.ts); the renderer
// words them (renderer/src/components/refusal-text.ts). Refusals that services raise with their own reason (refusal() in
// core/errors.ts) keep theirs.

export const VALIDATION_REASONS = [
  'required',
  'too-small',
  'too-big',
  'too-short',
  'too-long',
  'wrong-type',
  'bad-format',
  'not-allowed',
  'invalid',
] as const;
export type ValidationReason = (typeof VALIDATION_REASONS)[number];

/** The part of a zod issue the reason depends on (zod 4 field names). */
export interface ZodIssueLike {
  code: string;
  message: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
}

const numberOrText = (value: unknown): string | number =>
  typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : String(value);

/** A zod issue as a stable reason with its parameters. */
export function validationReason(issue: ZodIssueLike): {
  code: ValidationReason;
  params?: Record<string, string | number>;
} {
  const isText = issue.origin === 'string' || issue.origin === 'array';
  switch (issue.code) {
    case 'invalid_type':
      return { code: /received undefined|received null/.test(issue.message) ? 'required' : 'wrong-type' };
    case 'too_small':
      if (isText && issue.minimum === 1) return { code: 'required' };
      return isText
        ? { code: 'too-short', params: { min: numberOrText(issue.minimum) } }
        : { code: 'too-small', params: { min: numberOrText(issue.minimum) } };
    case 'too_big':
      return isText
        ? { code: 'too-long', params: { max: numberOrText(issue.maximum) } }
        : { code: 'too-big', params: { max: numberOrText(issue.maximum) } };
    case 'invalid_format':
      return { code: 'bad-format' };
    case 'invalid_value':
    case 'invalid_union':
    case 'unrecognized_keys':
      return { code: 'not-allowed' };
    default:
      return { code: 'invalid' };
  }
}
