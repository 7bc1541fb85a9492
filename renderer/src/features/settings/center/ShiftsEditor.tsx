import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterNurse } from '../../../../../shared/ipc/contract/center';
import { formatMinutes, parseClock } from '../../../../../shared/center/calendar';
import { call } from '../../../app/api';
import { SaveStatus, WEEK_ORDER, weekdayName } from './parts';
import { TimeCell } from './TimeCell';
import { useSave } from './useSave';

interface ShiftDraft {
  weekday: number;
  works: boolean;
  start: string;
  end: string;
}

const toDrafts = (nurse: CenterNurse): ShiftDraft[] =>
  WEEK_ORDER.map((weekday) => {
    const s = nurse.shifts.find((x) => x.weekday === weekday);
    return { weekday, works: Boolean(s), start: formatMinutes(s?.startMinute ?? 480), end: formatMinutes(s?.endMinute ?? 960) };
  });

/** One nurse's usual week: a shift or none for each day, saved as a whole. */
export function ShiftsEditor({ nurse, onSaved }: { nurse: CenterNurse; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useSave();
  const [days, setDays] = useState(() => toDrafts(nurse));
  useEffect(() => setDays(toDrafts(nurse)), [nurse]);
  const change = (i: number, patch: Partial<ShiftDraft>) => setDays(days.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const bad: Record<string, string> = {};
    const working = days.filter((d) => d.works);
    const shifts = working.map((d, i) => {
      const startMinute = parseClock(d.start);
      const endMinute = parseClock(d.end);
      if (startMinute === null) bad[`shifts.${i}.startMinute`] = t('center.badTime');
      if (endMinute === null) bad[`shifts.${i}.endMinute`] = t('center.badTime');
      return { weekday: d.weekday, startMinute: startMinute ?? 0, endMinute: endMinute ?? 0 };
    });
    if (Object.keys(bad).length > 0) return save.refuse(bad);
    if (await save.run(() => call('center:save-shifts', { nurseId: nurse.id, shifts }))) onSaved();
  }

  // The core's paths index the working days only; map each row to its position among them.
  const indexOf = (row: number) => days.slice(0, row).filter((d) => d.works).length;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('center.nurses.shiftsFor', { name: nurse.displayName })}>
      <table className="center-table">
        <tbody>
          {days.map((d, row) => {
            const day = weekdayName(d.weekday, i18n.language);
            const i = indexOf(row);
            return (
              <tr key={d.weekday}>
                <th scope="row">{day}</th>
                <td>
                  <label className="check">
                    <input type="checkbox" checked={d.works} onChange={(e) => change(row, { works: e.target.checked })} />
                    <span className="visually-hidden">{t('center.nurses.works', { day })}</span>
                    <span aria-hidden="true">{d.works ? '✓' : '—'}</span>
                  </label>
                </td>
                <td>
                  <TimeCell label={t('center.nurses.starts', { day })} value={d.start} disabled={!d.works} error={d.works ? save.errors[`shifts.${i}.startMinute`] : undefined} onChange={(start) => change(row, { start })} />
                </td>
                <td>
                  <TimeCell label={t('center.nurses.ends', { day })} value={d.end} disabled={!d.works} error={d.works ? save.errors[`shifts.${i}.endMinute`] : undefined} onChange={(end) => change(row, { end })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('center.nurses.saveShifts')}
        </button>
        <SaveStatus message={save.message} />
      </div>
    </form>
  );
}
