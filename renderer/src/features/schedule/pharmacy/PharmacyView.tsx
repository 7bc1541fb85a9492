import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PharmacyItem } from '../../../../../shared/ipc/contract/pharmacy';
import { nextDrugStep } from '../../../../../shared/schedule/drug-readiness';
import { clockTime } from '../../../../../shared/schedule/windows';
import { ApiError, useMutation, useQuery } from '../../../app/api';
import { longDate } from '../display';
import { useNow } from '../day/useNow';
import { DRUG_STEP_ICONS } from '../drug-step-icons';
import { dayHref } from '../route';
import { drugsText } from '../../../lib/doses';

// The pharmacy's list for one day: every live visit by start time, what it needs and when, where its drug
// is, and one button for the next step. Plain buttons in a table, so it works from the keyboard alone.

export function PharmacyView({ date: requested }: { date: string | null }) {
  const now = useNow();
  const date = requested ?? now?.date ?? null;
  if (!date) return null;
  return <PharmacyDay key={date} date={date} />;
}

function PharmacyDay({ date }: { date: string }) {
  const { t, i18n } = useTranslation();
  const list = useQuery('pharmacy:day', { date });
  // A refused step is most often a list that is out of date (another workstation moved the drug on): the list
  // is asked again after a refusal too.
  const advancing = useMutation('pharmacy:advance', {
    invalidates: ['pharmacy:day', 'schedule:day'],
    invalidateOnError: true,
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function advance(item: PharmacyItem) {
    const step = nextDrugStep(item.step);
    if (!step || step === 'ordered') return;
    try {
      await advancing.run({ appointmentId: item.appointmentId, step });
      setMessage({
        ok: true,
        text: t('dayRun.advanced', { patient: item.patientName, step: t(`dayRun.drugStep.${step}`) }),
      });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setMessage({ ok: false, text: error.message });
    }
  }

  return (
    <section aria-labelledby="screen-title" className="schedule-screen pharmacy-screen">
      <h1 id="screen-title">
        {t('dayRun.pharmacyTitle')} — <span data-testid="day-date">{longDate(date, i18n.language)}</span>
      </h1>
      <nav className="day-nav no-print">
        <a className="button link-button" href={dayHref(date)}>
          {t('schedule.backToDay')}
        </a>
      </nav>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`status ${message.ok ? 'status-ok' : 'status-error'}`}>
          <span aria-hidden="true">{message.ok ? '✓ ' : '⚠ '}</span>
          {message.text}
        </p>
      )}
      {list.error && <p role="alert">{list.error.message}</p>}
      {list.data && list.data.items.length === 0 && <p>{t('dayRun.pharmacyEmpty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="pharmacy-list" data-testid="pharmacy-list">
          <thead>
            <tr>
              {(['time', 'needed', 'chair', 'patient', 'drugs', 'step', 'history', 'action'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`dayRun.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => (
              <PharmacyRow key={item.appointmentId} item={item} onAdvance={() => void advance(item)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PharmacyRow({ item, onAdvance }: { item: PharmacyItem; onAdvance: () => void }) {
  const { t } = useTranslation();
  const next = nextDrugStep(item.step);
  const history = item.steps.map((s) =>
    s.by
      ? t('dayRun.stepBy', { step: t(`dayRun.drugStep.${s.step}`), time: s.time, by: s.by })
      : t('dayRun.stepAt', { step: t(`dayRun.drugStep.${s.step}`), time: s.time }),
  );
  return (
    <tr data-testid="pharmacy-row">
      <td>{clockTime(item.start)}</td>
      <td>{clockTime(item.neededAt)}</td>
      <td>{item.chairName}</td>
      <td>
        {item.patientName} <span className="muted">{item.mrn}</span>
      </td>
      <td>{drugsText(item.drugs)}</td>
      <td className={`drug-step drug-${item.step}`}>
        <span aria-hidden="true">{DRUG_STEP_ICONS[item.step]} </span>
        {t(`dayRun.drugStep.${item.step}`)}
        {item.waitMinutes !== null && item.waitMinutes > 0 && (
          <span className="drug-wait"> · {t('dayRun.waited', { minutes: item.waitMinutes })}</span>
        )}
      </td>
      <td className="pharmacy-history">{history.join(' → ')}</td>
      <td>
        {next && next !== 'ordered' && (
          <button
            type="button"
            className="button"
            aria-label={t('dayRun.advanceLabel', {
              action: t(`dayRun.advanceTo.${next}`),
              patient: item.patientName,
              time: clockTime(item.start),
            })}
            onClick={onAdvance}
          >
            {t(`dayRun.advanceTo.${next}`)}
          </button>
        )}
      </td>
    </tr>
  );
}
