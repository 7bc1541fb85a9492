import { useTranslation } from 'react-i18next';
import type { PlanOptions } from '../../../../../shared/ipc/contract/plans';
import { Field } from '../../../components/Field';
import { DateText, useDateHelp } from '../../patients/DateText';

export interface RegimenDraft {
  regimenId: string;
  startDate: string;
  maxDoses: string;
  weight: string;
}

/** A library regimen, its first dose date, and what it needs: a number of doses, a weight for dosing. */
export function RegimenFields(props: {
  regimens: PlanOptions['regimens'];
  draft: RegimenDraft;
  errors: Record<string, string>;
  onChange: (d: RegimenDraft) => void;
}) {
  const { regimens, draft, errors, onChange } = props;
  const { t } = useTranslation();
  const dateHelp = useDateHelp();
  const regimen = regimens.find((r) => r.id === draft.regimenId);
  return (
    <>
      <Field label={t('schedule.plans.regimen')} error={errors.regimenId}>
        <select value={draft.regimenId} onChange={(e) => onChange({ ...draft, regimenId: e.target.value })}>
          <option value="">—</option>
          {regimens.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('schedule.plans.startDate')} help={dateHelp(draft.startDate)} error={errors.startDate}>
        <DateText value={draft.startDate} onChange={(startDate) => onChange({ ...draft, startDate })} />
      </Field>
      {regimen?.openEnded && (
        <Field label={t('schedule.plans.maxDoses')} help={t('schedule.plans.maxDosesHelp')} error={errors.maxDoses}>
          <input
            type="number"
            min={1}
            max={200}
            value={draft.maxDoses}
            onChange={(e) => onChange({ ...draft, maxDoses: e.target.value })}
          />
        </Field>
      )}
      {regimen?.weightBased && (
        <Field label={t('schedule.plans.weight')} help={t('schedule.plans.weightHelp')} error={errors.weightKg}>
          <input
            inputMode="decimal"
            value={draft.weight}
            onChange={(e) => onChange({ ...draft, weight: e.target.value })}
          />
        </Field>
      )}
    </>
  );
}
