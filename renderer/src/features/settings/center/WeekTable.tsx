import { useTranslation } from 'react-i18next';
import { parseClockTime } from '../../../../../shared/time/clock';
import { weekdayName } from './parts';
import { TimeCell } from './TimeCell';

/** One weekday of a weekly pattern (opening hours, a nurse's shifts): on or off, and its times as typed. */
export interface WeekRow {
  weekday: number;
  on: boolean;
  start: string;
  end: string;
}

export interface WeekLabels {
  /** Column headings, when the table shows them. */
  columns?: { on: string; start: string; end: string };
  on: (day: string) => string;
  onText: (on: boolean) => string;
  start: (day: string) => string;
  end: (day: string) => string;
}

interface WeekTableProps {
  rows: WeekRow[];
  labels: WeekLabels;
  errorsFor: (row: number) => { start?: string | undefined; end?: string | undefined };
  onChange: (row: number, patch: Partial<WeekRow>) => void;
}

export function WeekTable({ rows, labels, errorsFor, onChange }: WeekTableProps) {
  const { i18n } = useTranslation();
  return (
    <table className="center-table">
      {labels.columns && (
        <thead>
          <tr>
            <td />
            <th scope="col">{labels.columns.on}</th>
            <th scope="col">{labels.columns.start}</th>
            <th scope="col">{labels.columns.end}</th>
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((r, i) => {
          const day = weekdayName(r.weekday, i18n.language);
          const errors = errorsFor(i);
          return (
            <tr key={r.weekday}>
              <th scope="row">{day}</th>
              <td>
                <label className="check">
                  <input type="checkbox" checked={r.on} onChange={(e) => onChange(i, { on: e.target.checked })} />
                  <span className="visually-hidden">{labels.on(day)}</span>
                  <span aria-hidden="true">{labels.onText(r.on)}</span>
                </label>
              </td>
              <td>
                <TimeCell
                  label={labels.start(day)}
                  value={r.start}
                  disabled={!r.on}
                  error={errors.start}
                  onChange={(start) => onChange(i, { start })}
                />
              </td>
              <td>
                <TimeCell
                  label={labels.end(day)}
                  value={r.end}
                  endOfDay
                  disabled={!r.on}
                  error={errors.end}
                  onChange={(end) => onChange(i, { end })}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Reads the typed times of the given rows as minutes. Times that are not on the 24-hour clock are reported
 * under the path the core would use for them, so both kinds of error show in the same place.
 */
export function readTimes(rows: WeekRow[], path: (index: number, end: boolean) => string, badTime: string) {
  const bad: Record<string, string> = {};
  const times = rows.map((r, i) => {
    const start = parseClockTime(r.start);
    const end = parseClockTime(r.end, { endOfDay: true });
    if (start === null) bad[path(i, false)] = badTime;
    if (end === null) bad[path(i, true)] = badTime;
    return { weekday: r.weekday, start: start ?? 0, end: end ?? 0 };
  });
  return { times, bad, hasErrors: Object.keys(bad).length > 0 };
}
