import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterNurse } from '../../../../../shared/ipc/contract/center';
import { clockTime } from '../../../../../shared/time/clock';
import { useMutation } from '../../../app/api';
import { CENTER_SETUP_READS } from './center-reads';
import { SaveStatus, WEEK_ORDER } from './parts';
import { useSave } from './useSave';
import { readTimes, WeekTable, type WeekRow } from './WeekTable';

const toRows = (nurse: CenterNurse): WeekRow[] =>
  WEEK_ORDER.map((weekday) => {
    const s = nurse.shifts.find((x) => x.weekday === weekday);
    return {
      weekday,
      on: Boolean(s),
      start: clockTime(s?.startMinute ?? 480),
      end: clockTime(s?.endMinute ?? 960),
    };
  });

/** One nurse's usual week: a shift or none for each day, saved as a whole. */
export function ShiftsEditor({ nurse }: { nurse: CenterNurse }) {
  const { t } = useTranslation();
  const save = useSave();
  const saving = useMutation('center:save-shifts', { invalidates: CENTER_SETUP_READS });
  const [rows, setRows] = useState(() => toRows(nurse));
  useEffect(() => setRows(toRows(nurse)), [nurse]);
  const working = rows.filter((r) => r.on);
  // The core's `shifts.N` counts working days only: row → position among the working days.
  const shiftIndex = (row: number) => rows.slice(0, row).filter((r) => r.on).length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const path = (i: number, end: boolean) => `shifts.${i}.${end ? 'endMinute' : 'startMinute'}`;
    const { times, bad, hasErrors } = readTimes(working, path, t('center.badTime'));
    if (hasErrors) return save.refuse(bad);
    const shifts = times.map((x) => ({ weekday: x.weekday, startMinute: x.start, endMinute: x.end }));
    await save.run(() => saving.run({ nurseId: nurse.id, shifts }));
  }

  const errorsFor = (row: number) => {
    if (!rows[row]?.on) return {};
    const i = shiftIndex(row);
    return { start: save.errors[`shifts.${i}.startMinute`], end: save.errors[`shifts.${i}.endMinute`] };
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('center.nurses.shiftsFor', { name: nurse.displayName })}
    >
      <WeekTable
        rows={rows}
        labels={{
          on: (day) => t('center.nurses.works', { day }),
          onText: (on) => (on ? '✓' : '—'),
          start: (day) => t('center.nurses.starts', { day }),
          end: (day) => t('center.nurses.ends', { day }),
        }}
        errorsFor={errorsFor}
        onChange={(i, patch) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('center.nurses.saveShifts')}
        </button>
        <SaveStatus message={save.message} />
      </div>
    </form>
  );
}
