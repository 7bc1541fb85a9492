import { useTranslation } from 'react-i18next';
import type { DoseRelease } from '../../../../../shared/ipc/contract/orders';
import type { PlanDose, TreatmentPlan } from '../../../../../shared/ipc/contract/plans';
import { clockTime } from '../../../../../shared/schedule/windows';
import { daysBetween } from '../../../../../shared/clinical/dates';
import { STATUS_ICONS } from '../display';
import { doseIn } from '../../../lib/doses';
import { dayHref } from '../route';
import { reasonText } from '../../../lib/reason-text';
import { formatDay } from '../../../lib/dates';
import { basisText } from './plan-words';
import { ClinicalText } from '../../../lib/clinicalText';

const RELEASE_ICONS: Record<DoseRelease['status'], string> = {
  released: '✓',
  'no-order': '○',
  'awaiting-verification': '…',
  'plan-not-active': '‖',
};

/** Every dose of a plan: when it is due, what is given (and how it was worked out), its order and its booking. */
export function PlanDoses({ plan, releases }: { plan: TreatmentPlan; releases: DoseRelease[] }) {
  const { t, i18n } = useTranslation();
  const release = new Map(releases.map((r) => [r.doseNumber, r.status]));
  return (
    <div className="table-scroller">
      <table className="plan-doses" data-testid="plan-doses">
        <thead>
          <tr>
            <th scope="col">{t('schedule.plans.dose')}</th>
            <th scope="col">{t('schedule.plans.due')}</th>
            <th scope="col">{t('schedule.plans.drugs')}</th>
            <th scope="col">{t('schedule.plans.infusion')}</th>
            <th scope="col">{t('orders.releaseColumn')}</th>
            <th scope="col">{t('schedule.plans.appointment')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.doses.map((d) => {
            const state = release.get(d.doseNumber);
            return (
              <tr key={d.doseNumber} data-testid={`dose-row-${d.doseNumber}`}>
                <th scope="row">
                  {t('schedule.cycleDose', { cycle: d.cycle, dose: d.doseNumber })}
                  {d.isFirstDose && (
                    <span className="appt-flag flag-first-dose"> ★ {t('schedule.flag.first-dose')}</span>
                  )}
                </th>
                <td>
                  <time dateTime={d.targetDate}>{formatDay(d.targetDate, i18n.language, { weekday: true })}</time>
                </td>
                <td>
                  {d.kind === 'car-t-monitoring' && plan.carT && (
                    <span>
                      {t('schedule.plans.monitoringVisit', { day: daysBetween(plan.carT.day0, d.targetDate) })}
                    </span>
                  )}
                  {d.items.map((item) => (
                    <div key={item.drugId}>
                      <strong>{item.drugName}</strong>{' '}
                      {item.doseMg === null ? <ClinicalText text={item.doseText} /> : doseIn(item.doseMg)}
                      <div className="muted small">{basisText(item)}</div>
                    </div>
                  ))}
                </td>
                <td>
                  {d.infusionMinutes === null ? '—' : t('schedule.plans.minutes', { count: d.infusionMinutes })}
                  <InfusionConditions dose={d} />
                </td>
                <td data-testid="dose-release">
                  {state && (
                    <span className={`status-chip release-${state}`}>
                      <span aria-hidden="true">{RELEASE_ICONS[state]} </span>
                      {t(`orders.release.${state}`)}
                    </span>
                  )}
                </td>
                <td>
                  <Booking dose={d} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** When a shorter later infusion holds only if the earlier ones went well ("if tolerated"), in the label's words. */
function InfusionConditions({ dose }: { dose: PlanDose }) {
  const conditions = [...new Set(dose.items.flatMap((i) => (i.infusionCondition ? [i.infusionCondition] : [])))];
  return conditions.map((condition) => (
    <div key={condition} className="muted small" data-testid="infusion-condition">
      <ClinicalText text={condition} />
    </div>
  ));
}

/** The dose's live appointment, or the held one with why, or nothing yet. */
function Booking({ dose }: { dose: PlanDose }) {
  const { t, i18n } = useTranslation();
  const a = dose.appointment ?? dose.heldAppointment;
  if (!a) return <span className="muted">{t('schedule.plans.notBooked')}</span>;
  return (
    <>
      <a href={dayHref(a.date)}>
        <time dateTime={a.date}>{formatDay(a.date, i18n.language, { weekday: true })}</time> {clockTime(a.start)} ·{' '}
        <span className={`status-chip status-${a.status}`}>
          <span aria-hidden="true">{STATUS_ICONS[a.status]} </span>
          {t(`schedule.status.${a.status}`)}
        </span>
      </a>
      {dose.heldAppointment?.reason && (
        <div className="small held-reason">
          {t('planActions.heldBecause', {
            reason: reasonText(dose.heldAppointment.reason, dose.heldAppointment.reasonCoded),
          })}
        </div>
      )}
    </>
  );
}
