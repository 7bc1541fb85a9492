import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpeningDay } from '../../../../../shared/ipc/contract/center';
import { clockTime } from '../../../../../shared/time/clock';
import { useMutation } from '../../../app/api';
import { CENTER_SETUP_READS } from './center-reads';
import { SaveStatus, WEEK_ORDER } from './parts';
import { useSave } from './useSave';
import { readTimes, WeekTable, type WeekRow } from './WeekTable';

const toRows = (hours: OpeningDay[]): WeekRow[] =>
  WEEK_ORDER.map((weekday) => {
    const d = hours.find((h) => h.weekday === weekday) ?? { isClosed: true, openMinute: 480, closeMinute: 1020 };
    return { weekday, on: !d.isClosed, start: clockTime(d.openMinute), end: clockTime(d.closeMinute) };
  });

/** Opening hours for each weekday; rows are sent in display order, so the core's `days.N` is row N. */
export function HoursSection({ hours }: { hours: OpeningDay[] }) {
  const { t } = useTranslation();
  const save = useSave();
  const saving = useMutation('center:save-hours', { invalidates: CENTER_SETUP_READS });
  const [rows, setRows] = useState(() => toRows(hours));
  useEffect(() => setRows(toRows(hours)), [hours]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const path = (i: number, end: boolean) => `days.${i}.${end ? 'closeMinute' : 'openMinute'}`;
    const { times, bad, hasErrors } = readTimes(rows, path, t('center.badTime'));
    if (hasErrors) return save.refuse(bad);
    const days = times.map((x, i) => ({
      weekday: x.weekday,
      isClosed: !rows[i]!.on,
      openMinute: x.start,
      closeMinute: x.end,
    }));
    await save.run(() => saving.run({ days }));
  }

  return (
    <section aria-labelledby="center-hours" className="center-section">
      <h3 id="center-hours">{t('center.hours.title')}</h3>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <WeekTable
          rows={rows}
          labels={{
            columns: { on: t('center.hours.open'), start: t('center.hours.opens'), end: t('center.hours.closes') },
            on: (day) => t('center.hours.dayOpen', { day }),
            onText: (on) => (on ? t('center.hours.open') : t('center.hours.closed')),
            start: (day) => t('center.hours.dayOpens', { day }),
            end: (day) => t('center.hours.dayCloses', { day }),
          }}
          errorsFor={(i) => ({ start: save.errors[`days.${i}.openMinute`], end: save.errors[`days.${i}.closeMinute`] })}
          onChange={(i, patch) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('center.hours.save')}
          </button>
          <SaveStatus message={save.message} />
        </div>
      </form>
    </section>
  );
}
