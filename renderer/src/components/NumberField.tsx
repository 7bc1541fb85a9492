import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatDecimal,
  readDecimal,
  sameNumber,
  type DecimalLocale,
  type DecimalReading,
  type DecimalRules,
} from '../../../shared/numbers/decimal';

// The one number field of the app (vitals, doses, rates, volumes, weights, lab values, settings). It keeps
// exactly what the nurse types while she types, accepts either decimal mark, reads the text with the shared
// parser, and hands the form either the number or, when the text is not a number yet, the text itself, so a
// draft can be saved as typed and nothing is ever turned into another number. Problems are said beside the
// field without clearing it: format problems at once, an unfinished number or a value outside the field's
// limits when the nurse leaves the field.

/** What a number field holds: the number, the text as typed when it is not a number, or nothing. */
export type NumberValue = number | string | null;

export interface NumberFieldProps {
  label: string;
  unit?: string | undefined;
  /** The number, or (in a form that keeps text) the text as typed. */
  value: NumberValue | undefined;
  /** Hands the form the number, or the text while it is not a number (a chart draft keeps either). */
  onChange?: (value: NumberValue) => void;
  /** Hands the form the text exactly as typed (a form that reads it with `typedNumber` on submit). */
  onText?: (text: string) => void;
  rules?: DecimalRules | undefined;
  /** A refusal from main for this field (shown when the field has no problem of its own). */
  error?: string | undefined;
  help?: ReactNode;
  readOnly?: boolean | undefined;
  after?: ReactNode;
  className?: string | undefined;
  /** Hides the visible label (a table cell labelled by its column); the input keeps it as aria-label. */
  labelHidden?: boolean | undefined;
  /** A stable handle for tests, on the input. */
  testId?: string | undefined;
}

export const localeOf = (language: string): DecimalLocale => (language.startsWith('fr') ? 'fr' : 'en');

function textOf(value: NumberValue | undefined, locale: DecimalLocale): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? formatDecimal(value, locale) : value;
}

/** The value a reading hands to the form. */
export function valueOf(reading: DecimalReading, typed: string): NumberValue {
  if (reading.kind === 'empty') return null;
  return reading.kind === 'number' ? reading.value : typed;
}

const SHOWN_WHILE_TYPING = new Set(['not-a-number', 'ambiguous-grouping', 'negative']);

export function NumberField(props: NumberFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const id = useId();
  const [raw, setRaw] = useState(() => textOf(props.value, locale));
  const [left, setLeft] = useState(false);
  const rules = props.rules ?? {};

  useEffect(() => {
    // Only a change from outside (a reload, main's answer) rewrites the text, never an echo of the typing.
    const outside = props.value ?? null;
    if (typeof outside === 'string' ? outside === raw : sameNumber(raw, outside, locale)) return;
    setRaw(textOf(outside, locale));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- raw is the state being protected
  }, [props.value]);

  const reading = readDecimal(raw, locale, rules);
  const problem = reading.kind === 'empty' ? null : reading.problem;
  const shown = problem && (left || SHOWN_WHILE_TYPING.has(problem)) ? problem : null;
  const own = shown
    ? t(`field.number.${shown}`, {
        example: formatDecimal(37.5, locale),
        typed: raw.trim(),
        count: rules.decimals ?? 0,
        min: rules.min === undefined ? '' : formatDecimal(rules.min, locale),
        max: rules.max === undefined ? '' : formatDecimal(rules.max, locale),
        unit: props.unit ?? '',
      })
    : null;
  const error = own ?? props.error;
  // A label that already names its unit ("Weight (kg)") keeps it once.
  const label = props.unit && !props.label.endsWith(`(${props.unit})`) ? `${props.label} (${props.unit})` : props.label;
  const helpId = props.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  return (
    <div className={`cs-number ${props.className ?? ''}`}>
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={id} className={props.labelHidden ? 'visually-hidden' : undefined}>
          {label}
        </label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={raw}
          readOnly={props.readOnly}
          data-testid={props.testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={[helpId, errorId].filter(Boolean).join(' ') || undefined}
          onChange={(event) => {
            const typed = event.target.value;
            setRaw(typed);
            props.onChange?.(valueOf(readDecimal(typed, locale, rules), typed));
            props.onText?.(typed);
          }}
          onBlur={() => {
            setLeft(true);
            // The safe way back on screen: 0.5 for ".5", 5 for "5.0", in the language's decimal mark.
            if (reading.kind !== 'number') return;
            const safe = formatDecimal(reading.value, locale);
            setRaw(safe);
            props.onText?.(safe);
          }}
        />
        {props.help && (
          <p id={helpId} className="field-help">
            {props.help}
          </p>
        )}
        {error && (
          <p id={errorId} className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        )}
      </div>
      {props.after}
    </div>
  );
}

/**
 * A form's typed text as a number for sending: null when empty, the number when the text is one within the
 * rules, or 'invalid' (the field already says why beside it, in the nurse's language).
 */
export function typedNumber(text: string, language: string, rules: DecimalRules = {}): number | null | 'invalid' {
  const reading = readDecimal(text, localeOf(language), rules);
  if (reading.kind === 'empty') return null;
  return reading.kind === 'number' && reading.problem === null ? reading.value : 'invalid';
}
