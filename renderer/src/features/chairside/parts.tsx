import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { Alert } from '../../components/Alert';
import { TimeField as SharedTimeField } from '../../components/TimeField';
import { withColon } from '../../i18n/colon';

// Small form parts of the chairside forms: every control is at least 44 px, labelled, and read-only once
// its entry is signed.

export function ErrorLine({ message }: { message: string }) {
  return <Alert>{message}</Alert>;
}

/** The library's UNVERIFIED marks for a fact, shown next to it; the reason is the library's, in English only. */
export function Unverified({ items }: { items: readonly string[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="cs-unverified">
      {items.map((item) => (
        <li key={item} className="status status-warn">
          <span aria-hidden="true">⚠ </span>
          {t('chairside.unverified')} <span lang="en">{item.replace(/^[^:]+: /, '')}</span>
        </li>
      ))}
    </ul>
  );
}

export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  help?: string;
  readOnly?: boolean;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
}) {
  return (
    <Field label={props.label} error={props.error} {...(props.help ? { help: props.help } : {})}>
      <input
        type="text"
        value={props.value}
        readOnly={props.readOnly}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Field>
  );
}

export { NumberField } from '../../components/NumberField';

/**
 * HH:MM on the 24-hour clock (components/TimeField: 0830 becomes 08:30 on leaving it), with a "Now" button
 * beside it stamping the core's time.
 */
export function TimeField(props: {
  label: string;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  now: () => string | null;
  error?: string | undefined;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const nowButton = !props.readOnly && (
    <button
      type="button"
      className="button"
      aria-label={`${withColon(t('chairside.now'))} ${props.label}`}
      onClick={() => props.onChange(props.now())}
    >
      {t('chairside.now')}
    </button>
  );
  return (
    <SharedTimeField
      label={props.label}
      value={props.value ?? ''}
      error={props.error}
      readOnly={props.readOnly ?? false}
      fieldClass="cs-time"
      after={nowButton}
      onChange={(value) => props.onChange(value === '' ? null : value)}
    />
  );
}

export function Radios<V extends string>(props: {
  legend: string;
  options: readonly { value: V; label: ReactNode }[];
  value: V | null | undefined;
  onChange: (value: V) => void;
  readOnly?: boolean;
  error?: string | undefined;
  inline?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className={`cs-radios${props.inline ? ' is-inline' : ''}${props.error ? ' field-invalid' : ''}`}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="cs-choice">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={props.value === o.value}
            disabled={props.readOnly && props.value !== o.value}
            onChange={() => !props.readOnly && props.onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {props.error && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

export function Check(props: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  readOnly?: boolean;
}) {
  return (
    <label className="cs-choice">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.readOnly}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
