import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpeningDay } from '../../../../../shared/ipc/contract/center';
import { formatMinutes, parseClock } from '../../../../../shared/center/calendar';
import { call } from '../../../app/api';
import { SaveStatus, WEEK_ORDER, weekdayName } from './parts';
import { TimeCell } from './TimeCell';
import { useSave } from './useSave';

interface DayDraft {
  weekday: number;
  isClosed: boolean;
  open: string;
  close: string;
}

const toDrafts = (hours: OpeningDay[]): DayDraft[] =>
  WEEK_ORDER.map((weekday) => {
    const d = hours.find((h) => h.weekday === weekday) ?? { weekday, isClosed: true, openMinute: 480, closeMinute: 1020 };
    return { weekday, isClosed: d.isClosed, open: formatMinutes(d.openMinute), close: formatMinutes(d.closeMinute) };
  });

export function HoursSection({ hours, onSaved }: { hours: OpeningDay[]; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useSave();
  const [days, setDays] = useState(() => toDrafts(hours));
  useEffect(() => setDays(toDrafts(hours)), [hours]);

  const change = (i: number, patch: Partial<DayDraft>) => setDays(days.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const bad: Record<string, string> = {};
    const payload = days.map((d, i) => {
      const openMinute = parseClock(d.open);
      const closeMinute = parseClock(d.close);
      if (openMinute === null) bad[`days.${i}.openMinute`] = t('center.badTime');
      if (closeMinute === null) bad[`days.${i}.closeMinute`] = t('center.badTime');
      return { weekday: d.weekday, isClosed: d.isClosed, openMinute: openMinute ?? 0, closeMinute: closeMinute ?? 0 };
    });
    if (Object.keys(bad).length > 0) return save.refuse(bad);
    if (await save.run(() => call('center:save-hours', { days: payload }))) onSaved();
  }

  return (
    <section aria-labelledby="center-hours" className="center-section">
      <h3 id="center-hours">{t('center.hours.title')}</h3>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <table className="center-table">
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">{t('center.hours.title')}</span></th>
              <th scope="col">{t('center.hours.open')}</th>
              <th scope="col">{t('center.hours.opens')}</th>
              <th scope="col">{t('center.hours.closes')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d, i) => {
              const day = weekdayName(d.weekday, i18n.language);
              return (
                <tr key={d.weekday}>
                  <th scope="row">{day}</th>
                  <td>
                    <label className="check">
                      <input type="checkbox" checked={!d.isClosed} onChange={(e) => change(i, { isClosed: !e.target.checked })} />
                      <span className="visually-hidden">{t('center.hours.dayOpen', { day })}</span>
                      <span aria-hidden="true">{d.isClosed ? t('center.hours.closed') : t('center.hours.open')}</span>
                    </label>
                  </td>
                  <td>
                    <TimeCell label={t('center.hours.dayOpens', { day })} value={d.open} disabled={d.isClosed} error={save.errors[`days.${i}.openMinute`]} onChange={(open) => change(i, { open })} />
                  </td>
                  <td>
                    <TimeCell label={t('center.hours.dayCloses', { day })} value={d.close} disabled={d.isClosed} error={save.errors[`days.${i}.closeMinute`]} onChange={(close) => change(i, { close })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
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
