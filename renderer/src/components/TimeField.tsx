import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime, parseClockTime } from '../../../shared/time/clock';
import './time-field.css';

/**
 * A typed clock time written the one way (shared/time/clock.ts): "0830" and "8:30" become "08:30"; "24:00" only
 * where a closing time is asked for. Anything else is left as typed, for the field to say why.
 */
export function tidyClockTime(text: string, options: { endOfDay?: boolean } = {}): string {
  const minute = parseClockTime(text, options);
  return minute === null ? text : clockTime(minute);
}

interface TimeInputProps {
  value: string;
  onChange: (value: string) => void;
  /** Accept 24:00, the end of the day (closing times only). */
  endOfDay?: boolean;
  readOnly?: boolean;
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  className?: string;
  /** Told when the nurse leaves a time the clock cannot read (null once it reads). */
  onUnreadable?: (unreadable: boolean) => void;
}

/**
 * The bare 24-hour time box: text, not `<input type="time">`, which follows the operating system's locale and can
 * show AM/PM (a clinical time never does). Leaving it writes the time the one way.
 */
export function TimeInput({ value, onChange, endOfDay = false, onUnreadable, className, ...rest }: TimeInputProps) {
  return (
    <input
      {...rest}
      className={className ?? 'time-input'}
      inputMode="numeric"
      placeholder="08:30"
      maxLength={5}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={() => {
        if (value.trim() === '') return onUnreadable?.(false);
        const tidy = tidyClockTime(value, { endOfDay });
        onUnreadable?.(parseClockTime(value, { endOfDay }) === null);
        if (tidy !== value) onChange(tidy);
      }}
    />
  );
}

interface TimeFieldProps extends Omit<TimeInputProps, 'id' | 'aria-label' | 'onUnreadable'> {
  label: string;
  error?: string | undefined;
  /** Beside the box, e.g. a "Now" button. */
  after?: ReactNode;
  /** Extra class of the field, for the screen's layout. */
  fieldClass?: string;
}

/** A labelled 24-hour time with its help, and a clear word when what was typed is not a time. */
export function TimeField({ label, error, after, fieldClass, ...input }: TimeFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [unreadable, setUnreadable] = useState(false);
  const shown = error ?? (unreadable ? t('field.time.unreadable') : undefined);
  const describedBy = shown ? `${id}-help ${id}-error` : `${id}-help`;
  return (
    <div className={['field', shown ? 'field-invalid' : '', 'time-field', fieldClass ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <div className="time-field-row">
        <TimeInput
          {...input}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={shown ? true : undefined}
          onUnreadable={setUnreadable}
        />
        {after}
      </div>
      <p id={`${id}-help`} className="field-help">
        {input.endOfDay ? t('field.time.helpEndOfDay') : t('field.time.help')}
      </p>
      {shown && (
        <p id={`${id}-error`} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {shown}
        </p>
      )}
    </div>
  );
}
