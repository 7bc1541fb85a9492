import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TreatmentPlan } from '../../../../../shared/ipc/contract/plans';
import { ApiError, call, useQuery } from '../../../app/api';
import { Field, issuesByField } from '../../../components/Field';
import { DateText, useDateHelp } from '../../patients/DateText';

interface StartPlanFormProps {
  patientId: string;
  today: string;
  onCreated: (plan: TreatmentPlan) => void;
}

/** Regimens grouped by the drugs they give, groups and members in library order. */
function groupsOf<R extends { group: string }>(regimens: readonly R[]): [string, R[]][] {
  const groups = new Map<string, R[]>();
  for (const r of regimens) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return [...groups.entries()];
}

/** Start a plan from a library regimen: the core works out every dose and its date. */
export function StartPlanForm({ patientId, today, onCreated }: StartPlanFormProps) {
  const { t } = useTranslation();
  const dateHelp = useDateHelp();
  const options = useQuery('plans:options', {});
  const [regimenId, setRegimenId] = useState('');
  const [startDate, setStartDate] = useState(today);
  const [maxDoses, setMaxDoses] = useState('6');
  const [weight, setWeight] = useState('');
  const [confirmPast, setConfirmPast] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const regimens = options.data?.regimens ?? [];
  const regimen = regimens.find((r) => r.id === regimenId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const plan = await call('plans:create', {
        kind: 'regimen',
        patientId,
        regimenId,
        startDate,
        // Open-ended regimens need a number; for the others it is an optional cap below the regimen's limit.
        ...(regimen?.openEnded || maxDoses.trim() !== '' ? { maxDoses: Number(maxDoses) } : {}),
        ...(regimen?.weightBased && weight.trim() !== '' ? { weightKg: Number(weight.replace(',', '.')) } : {}),
        confirmPastStart: confirmPast,
      });
      setErrors({});
      setFailure(null);
      onCreated(plan);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setErrors(issuesByField(error.error.issues));
      setFailure(error.code === 'invalid' ? t('schedule.plans.fixFields') : error.message);
    }
  }

  return (
    <form className="form start-plan" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="start-plan-title">
      <h3 id="start-plan-title">{t('schedule.plans.start')}</h3>
      <Field
        label={t('schedule.plans.regimen')}
        error={errors.regimenId}
        {...(regimen
          ? { help: `${regimen.setting}. ${t('schedule.plans.regimenLimit', { limit: regimen.limit })}` }
          : {})}
      >
        <select value={regimenId} onChange={(e) => setRegimenId(e.target.value)}>
          <option value="">—</option>
          {groupsOf(regimens).map(([group, members]) => (
            <optgroup key={group} label={group}>
              {members.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field label={t('schedule.plans.startDate')} help={dateHelp(startDate)} error={errors.startDate}>
        <DateText value={startDate} onChange={setStartDate} />
      </Field>
      {startDate < today && (
        <label className="checkbox">
          <input type="checkbox" checked={confirmPast} onChange={(e) => setConfirmPast(e.target.checked)} />
          {t('schedule.plans.confirmPast')}
        </label>
      )}
      {regimen && (
        <Field
          label={t('schedule.plans.maxDoses')}
          help={t(regimen.openEnded ? 'schedule.plans.maxDosesHelp' : 'schedule.plans.maxDosesBoundedHelp')}
          error={errors.maxDoses}
        >
          <input type="number" min={1} max={200} value={maxDoses} onChange={(e) => setMaxDoses(e.target.value)} />
        </Field>
      )}
      {regimen?.weightBased && (
        <Field label={t('schedule.plans.weight')} help={t('schedule.plans.weightHelp')} error={errors.weightKg}>
          <input inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} />
        </Field>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={regimenId === ''}>
          {t('schedule.plans.create')}
        </button>
        {failure && (
          <p role="alert" className="status status-error">
            <span aria-hidden="true">⚠ </span>
            {failure}
          </p>
        )}
      </div>
    </form>
  );
}
