import { useTranslation } from 'react-i18next';
import { formatDay, isRealDate } from './format';

interface DateTextProps {
  value: string;
  onChange: (value: string) => void;
  id?: string;
  readOnly?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A date typed as YYYY-MM-DD. Not `<input type="date">`: Chromium shows it in the operating system's
 * order (06/04/1958 reads as 6 April or June 4 depending on who looks), which is unsafe for a birth date.
 */
export function DateText({ value, onChange, ...aria }: DateTextProps) {
  const { t } = useTranslation();
  return (
    <input
      {...aria}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('patients.datePlaceholder')}
      maxLength={10}
      className="date-text"
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** The help under a date field: the format, or the date read back in words so a slip is seen. */
export function useDateHelp() {
  const { t, i18n } = useTranslation();
  return (value: string) =>
    isRealDate(value) ? t('patients.dateReads', { date: formatDay(value, i18n.language) }) : t('patients.dateFormat');
}
