import { useTranslation } from 'react-i18next';
import { formatDay, isRealDate } from '../lib/dates';
import { Field } from './Field';

interface DateFieldProps {
  label: string;
  /** The day as typed; a real day is 'YYYY-MM-DD', the value main is sent. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  readOnly?: boolean;
}

const COMPLETE = /^\d{4}-\d{2}-\d{2}$/;

/** What to say under a date as it is typed: the format, the day read back in words, or why it is no day. */
export function useDateWords() {
  const { t, i18n } = useTranslation();
  return (value: string): { help: string; error?: string } => {
    if (isRealDate(value)) return { help: t('field.date.reads', { date: formatDay(value, i18n.language) }) };
    if (COMPLETE.test(value))
      return { help: t('field.date.format'), error: t('field.date.impossible', { typed: value }) };
    return { help: t('field.date.format') };
  };
}

/**
 * A day typed as YYYY-MM-DD and read back in the reader's words ("Reads as 12 Mar 1961"), so a slip is seen.
 * Not `<input type="date">`: Chromium shows it in the operating system's order (06/04/1958 reads as 6 April or
 * June 4 depending on who looks), which is unsafe for a birth date. An impossible day (2026-02-30) is said at once.
 */
export function DateField({ label, value, onChange, error, readOnly = false }: DateFieldProps) {
  const { t } = useTranslation();
  const words = useDateWords()(value);
  return (
    <Field label={label} help={words.help} error={error ?? words.error}>
      <input
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('field.date.placeholder')}
        maxLength={10}
        className="date-text"
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
