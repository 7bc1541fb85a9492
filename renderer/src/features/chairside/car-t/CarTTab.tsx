import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gradable } from '../../../../../shared/clinical';
import { useQuery } from '../../../app/api';
import { formatDay } from '../../../lib/dates';
import { ErrorLine } from '../parts';
import { CarTForm } from './CarTForm';
import { TrendChart } from './TrendChart';
import { temperatureWords, trendDayWords } from './trend-words';

/** CAR T toxicity: today's ASTCT assessment and the day 0–14 trend from the plan's CAR T calendar. */
export function CarTTab({ patientId, appointmentId }: { patientId: string; appointmentId: string | null }) {
  const { t, i18n } = useTranslation();
  const view = useQuery('charting:car-t', { patientId });
  const entries = useQuery('chart:list', { patientId, kind: 'car-t-toxicity' });
  const [generation, setGeneration] = useState(0);
  if (view.error) return <ErrorLine message={view.error.message} />;
  if (!view.data || !entries.data) return <p>{t('app.loading')}</p>;
  const { plan, today, points, ageYears } = view.data;
  if (!plan) return <p className="muted">{t('chairside.carT.noPlan')}</p>;
  // The latest assessment of today stays on screen (draft or signed) until the nurse starts another one.
  const todays =
    generation > 0
      ? null
      : (entries.data.find((e) => e.payload.planId === plan.id && e.payload.date === today) ?? null);
  const day = Math.round((Date.parse(today) - Date.parse(plan.day0)) / 86_400_000);
  const gradeCell = (g: Gradable | null) => {
    if (!g) return '—';
    return g.status === 'graded'
      ? t('chairside.grade.grade', { grade: g.grade })
      : t('chairside.carT.notGradableShort');
  };
  return (
    <>
      <p className="cs-visit-line" data-testid="car-t-day">
        {t('chairside.carT.dayLine', {
          product: plan.productName,
          day0: formatDay(plan.day0, i18n.language),
          day,
          end: formatDay(plan.dailyMonitoringEnd, i18n.language),
        })}
      </p>
      <TrendChart points={points} />
      <div className="cs-table-wrap">
        <table className="cs-table" data-testid="trend-table">
          <thead>
            <tr>
              <th scope="col">{t('chairside.carT.day')}</th>
              <th scope="col">{t('chairside.carT.temperature')}</th>
              <th scope="col">{t('chairside.carT.crs')}</th>
              <th scope="col">{t('chairside.carT.icans')}</th>
              <th scope="col">{t('chairside.irae.state')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((pt) => (
              <tr key={pt.id}>
                <th scope="row">{trendDayWords(t, pt, i18n.language)}</th>
                <td>{temperatureWords(pt.temperatureC, i18n.language)}</td>
                <td>{gradeCell(pt.crs)}</td>
                <td>{gradeCell(pt.icans)}</td>
                <td>{t(`chairside.entry.state.${pt.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('chairside.carT.assessment')}</h3>
      <CarTForm
        key={`form-${generation}`}
        patientId={patientId}
        appointmentId={appointmentId}
        planId={plan.id}
        today={today}
        ageYears={ageYears}
        entry={todays}
      />
      <button type="button" className="button" onClick={() => setGeneration((g) => g + 1)}>
        {t('chairside.carT.another')}
      </button>
    </>
  );
}
