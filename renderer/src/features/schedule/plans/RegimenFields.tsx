import { useTranslation } from 'react-i18next';
import type { PlanOptions } from '../../../../../shared/ipc/contract/plans';
import { Field } from '../../../components/Field';
import { NumberField } from '../../../components/NumberField';
import { DateField } from '../../../components/DateField';
import { libraryText, regimenLengthText } from './plan-words';
import { useRegimenName } from '../../../lib/clinicalText';

export interface RegimenDraft {
  regimenId: string;
  startDate: string;
  /** Text as typed: read with the app's number parser when the plan is created. */
  maxDoses: string;
  weight: string;
}

/** A number of doses: whole, 1 to 200 (the contract's limits). */
export const MAX_DOSES_RULES = { integer: true, min: 1, max: 200 } as const;
/** The weight a weight-based dose is worked out from (input sanity, as on the patient record). */
export const WEIGHT_RULES = { min: 1, max: 400, decimals: 1 } as const;

/** Regimens grouped by the drugs they give, groups and members in library order. */
function groupsOf<R extends { group: string }>(regimens: readonly R[]): [string, R[]][] {
  const groups = new Map<string, R[]>();
  for (const r of regimens) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return [...groups.entries()];
}

/**
 * A library regimen (grouped by the drugs it gives, with its length), its first dose date, and what it needs:
 * a number of doses (required when it runs until progression, otherwise an optional cap below its limit) and
 * a weight for weight-based doses.
 */
export function RegimenFields(props: {
  regimens: PlanOptions['regimens'];
  draft: RegimenDraft;
  errors: Record<string, string>;
  onChange: (d: RegimenDraft) => void;
}) {
  const { regimens, draft, errors, onChange } = props;
  const { t } = useTranslation();
  const regimenName = useRegimenName();
  const regimen = regimens.find((r) => r.id === draft.regimenId);
  const choose = (regimenId: string) => {
    const next = regimens.find((r) => r.id === regimenId);
    // A regimen that runs until progression starts with 6 doses on the calendar; the nurse may change it.
    const maxDoses = next?.openEnded ? draft.maxDoses || '6' : '';
    onChange({ ...draft, regimenId, maxDoses });
  };
  return (
    <>
      <Field
        label={t('schedule.plans.regimen')}
        error={errors.regimenId}
        {...(regimen
          ? {
              help: `${libraryText(regimen.setting)}. ${t('schedule.plans.regimenLimit', { limit: regimenLengthText(regimen.length) })}`,
            }
          : {})}
      >
        <select value={draft.regimenId} onChange={(e) => choose(e.target.value)}>
          <option value="">—</option>
          {groupsOf(regimens).map(([group, members]) => (
            <optgroup key={group} label={group}>
              {members.map((r) => (
                <option key={r.id} value={r.id}>
                  {regimenName(r.name)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <DateField
        label={t('schedule.plans.startDate')}
        error={errors.startDate}
        value={draft.startDate}
        onChange={(startDate) => onChange({ ...draft, startDate })}
      />
      {regimen && (
        <NumberField
          label={t('schedule.plans.maxDoses')}
          rules={MAX_DOSES_RULES}
          value={draft.maxDoses}
          help={t(regimen.openEnded ? 'schedule.plans.maxDosesHelp' : 'schedule.plans.maxDosesBoundedHelp')}
          error={errors.maxDoses}
          className="short-number"
          onText={(maxDoses) => onChange({ ...draft, maxDoses })}
        />
      )}
      {regimen?.weightBased && (
        <NumberField
          label={t('schedule.plans.weight')}
          unit="kg"
          rules={WEIGHT_RULES}
          value={draft.weight}
          help={t('schedule.plans.weightHelp')}
          error={errors.weightKg}
          className="short-number"
          onText={(weight) => onChange({ ...draft, weight })}
        />
      )}
    </>
  );
}
