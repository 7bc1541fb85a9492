import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CellError } from './parts';

interface TimeCellProps {
  label: string;
  value: string;
  error: string | undefined;
  disabled?: boolean;
  onChange: (value: string) => void;
}

/**
 * A 24-hour time typed as text: `<input type="time">` follows the operating system's locale and can show
 * AM/PM, which clinical times must never do.
 */
export function TimeCell({ label, value, error, disabled = false, onChange }: TimeCellProps) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <>
      <input
        className="time-input"
        aria-label={label}
        title={t('center.timeHelp')}
        inputMode="numeric"
        placeholder="08:00"
        maxLength={5}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <CellError id={errorId} error={error} />
    </>
  );
}
