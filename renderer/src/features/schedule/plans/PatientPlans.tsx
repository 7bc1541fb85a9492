import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, useQuery } from '../../../app/api';
import { PatientBanner } from '../../patients';
import { useNow } from '../day/useNow';
import { PlanCard } from './PlanCard';
import { StartPlanForm } from './StartPlanForm';
import './plans.css';
import { RegimenName } from '../../../lib/clinicalText';

/** Saves the patient's upcoming appointments as a calendar file (no drug or diagnosis in it). */
async function downloadIcs(patientId: string): Promise<number> {
  const ics = await call('schedule:export-ics', { patientId });
  const url = URL.createObjectURL(new Blob([ics.text], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: ics.fileName });
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  return ics.count;
}

/** A patient's treatment plans: start one, book it, export the calendar. Can be embedded on the patient screen. */
export function PatientPlans({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const patient = useQuery('patients:get', { id: patientId });
  const plans = useQuery('plans:list-for-patient', { patientId });
  const [openId, setOpenId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const shown = openId ?? plans.data?.[0]?.id ?? null;

  async function exportIcs() {
    try {
      setMessage({ kind: 'ok', text: t('schedule.plans.exported', { count: await downloadIcs(patientId) }) });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setMessage({ kind: 'error', text: error.message });
    }
  }

  if (patient.error) return <p className="status status-error">⚠ {patient.error.message}</p>;
  if (!patient.data || patient.data.id !== patientId || !now) return <p>{t('app.loading')}</p>;
  return (
    <div className="patient-plans">
      <PatientBanner patient={patient.data} />
      <div className="screen-actions">
        <button type="button" className="button" onClick={() => void exportIcs()}>
          {t('schedule.plans.exportIcs')}
        </button>
        {message && (
          <p role="status" className={`status status-${message.kind}`}>
            {message.text}
          </p>
        )}
      </div>
      {plans.data?.length === 0 && <p className="muted">{t('schedule.plans.noPlans')}</p>}
      {(plans.data?.length ?? 0) > 1 && (
        <ul className="plan-list">
          {plans.data?.map((p) => (
            <li key={p.id}>
              <button type="button" className="button" aria-pressed={p.id === shown} onClick={() => setOpenId(p.id)}>
                <RegimenName name={p.regimenName} /> — {t(`schedule.plans.planStatus.${p.status}`)} ({p.bookedCount}/
                {p.doseCount})
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown && <PlanCard key={shown} planId={shown} />}
      <StartPlanForm
        patientId={patientId}
        today={now.date}
        onCreated={(plan) => {
          setOpenId(plan.id);
          setMessage({ kind: 'ok', text: t('schedule.plans.created', { count: plan.doses.length }) });
        }}
      />
    </div>
  );
}
