import { useTranslation } from 'react-i18next';
import type { TreatmentPlan } from '../../../../../shared/ipc/contract/plans';
import { clockTime } from '../../../../../shared/schedule/windows';
import { doseLabel, STATUS_ICONS } from '../display';
import { dayHref } from '../route';

/** Every dose of a plan: when it is due, what is given (with how the dose was worked out) and its booking. */
export function PlanDoses({ plan }: { plan: TreatmentPlan }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroller">
      <table className="plan-doses" data-testid="plan-doses">
        <thead>
          <tr>
            <th scope="col">{t('schedule.plans.dose')}</th>
            <th scope="col">{t('schedule.plans.due')}</th>
            <th scope="col">{t('schedule.plans.drugs')}</th>
            <th scope="col">{t('schedule.plans.infusion')}</th>
            <th scope="col">{t('schedule.plans.appointment')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.doses.map((d) => (
            <tr key={d.doseNumber}>
              <th scope="row">
                {t('schedule.cycleDose', { cycle: d.cycle, dose: d.doseNumber })}
                {d.isFirstDose && <span className="appt-flag flag-first-dose"> ★ {t('schedule.flag.first-dose')}</span>}
              </th>
              <td>{d.targetDate}</td>
              <td>
                {d.items.map((item) => (
                  <div key={item.drugId}>
                    <strong>{item.drugName}</strong> {doseLabel(item)}
                    <div className="muted small">{item.basis}</div>
                  </div>
                ))}
              </td>
              <td>{d.infusionMinutes === null ? '—' : t('schedule.plans.minutes', { count: d.infusionMinutes })}</td>
              <td>
                {d.appointment ? (
                  <a href={dayHref(d.appointment.date)}>
                    {d.appointment.date} {clockTime(d.appointment.start)} ·{' '}
                    <span className={`status-chip status-${d.appointment.status}`}>
                      <span aria-hidden="true">{STATUS_ICONS[d.appointment.status]} </span>
                      {t(`schedule.status.${d.appointment.status}`)}
                    </span>
                  </a>
                ) : (
                  <span className="muted">{t('schedule.plans.notBooked')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
