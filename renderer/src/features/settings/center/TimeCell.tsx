import { useId } from 'react';
import { TimeInput } from '../../../components/TimeField';
import { CellError } from './parts';

interface TimeCellProps {
  label: string;
  value: string;
  error: string | undefined;
  disabled?: boolean;
  /** A closing time, where 24:00 (the end of the day) is accepted. */
  endOfDay?: boolean;
  onChange: (value: string) => void;
}

/** A 24-hour time in a table cell (components/TimeField's box: 0830 becomes 08:30 on leaving it). */
export function TimeCell({ label, value, error, disabled = false, endOfDay = false, onChange }: TimeCellProps) {
  const errorId = useId();
  return (
    <>
      <TimeInput
        aria-label={label}
        value={value}
        endOfDay={endOfDay}
        disabled={disabled}
        {...(error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
        onChange={onChange}
      />
      <CellError id={errorId} error={error} />
    </>
  );
}
