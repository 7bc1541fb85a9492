import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcInput } from '../../../../../shared/ipc/contract';
import type { TreatmentPlan } from '../../../../../shared/ipc/contract/plans';
import { ApiError, useMutation, useQuery } from '../../../app/api';
import { issuesByField } from '../../../components/Field';
import { CarTFields, emptyCarT, type CarTDraft } from './CarTFields';
import { MAX_DOSES_RULES, RegimenFields, WEIGHT_RULES, type RegimenDraft } from './RegimenFields';
import { typedNumber } from '../../../components/NumberField';
import { Alert } from '../../../components/Alert';

interface StartPlanFormProps {
  patientId: string;
  today: string;
  onCreated: (plan: TreatmentPlan) => void;
}

type Kind = 'regimen' | 'car-t';

/**
 * The regimen plan to create, with its numbers read by the app's one number parser, or the fields that still
 * hold something that is not a usable number (each says why beside it). An open-ended regimen needs a number
 * of doses; for the others it is an optional cap below the regimen's own limit.
 */
function regimenInput(
  patientId: string,
  d: RegimenDraft,
  flags: { openEnded: boolean; weightBased: boolean },
  confirmPastStart: boolean,
  language: string,
): IpcInput<'plans:create'> | { invalid: string[] } {
  const maxDoses = typedNumber(d.maxDoses, language, MAX_DOSES_RULES);
  const weightKg = flags.weightBased ? typedNumber(d.weight, language, WEIGHT_RULES) : null;
  const invalid = [...(maxDoses === 'invalid' ? ['maxDoses'] : []), ...(weightKg === 'invalid' ? ['weightKg'] : [])];
  if (invalid.length > 0) return { invalid };
  return {
    kind: 'regimen',
    patientId,
    regimenId: d.regimenId,
    startDate: d.startDate,
    ...(typeof maxDoses === 'number' ? { maxDoses } : flags.openEnded ? { maxDoses: Number.NaN } : {}),
    ...(typeof weightKg === 'number' ? { weightKg } : {}),
    confirmPastStart,
  };
}

function carTInput(patientId: string, d: CarTDraft, confirmPastStart: boolean): IpcInput<'plans:create'> {
  return {
    kind: 'car-t',
    patientId,
    productId: d.productId,
    indicationId: d.indicationId,
    day0: d.day0,
    ...(d.ldRegimenId ? { ldRegimenId: d.ldRegimenId } : {}),
    ...(d.gap !== '' ? { daysAfterLdCompletion: Number(d.gap) } : {}),
    confirmPastStart,
  };
}

/** Start a plan from a library regimen or a CAR T product: the core works out every dose and its date. */
export function StartPlanForm({ patientId, today, onCreated }: StartPlanFormProps) {
  const { t, i18n } = useTranslation();
  const name = useId();
  const options = useQuery('plans:options', {});
  const creating = useMutation('plans:create', { invalidates: ['plans:list-for-patient'] });
  const [kind, setKind] = useState<Kind>('regimen');
  const [regimen, setRegimen] = useState<RegimenDraft>({ regimenId: '', startDate: today, maxDoses: '', weight: '' });
  const [carT, setCarT] = useState<CarTDraft>(() => emptyCarT(today));
  const [confirmPast, setConfirmPast] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const chosen = options.data?.regimens.find((r) => r.id === regimen.regimenId);
  const ready = kind === 'regimen' ? regimen.regimenId !== '' : carT.productId !== '' && carT.indicationId !== '';
  const pastStart =
    kind === 'regimen' ? regimen.startDate < today : carT.day0 < today || errors.startDate !== undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const flags = { openEnded: chosen?.openEnded ?? false, weightBased: chosen?.weightBased ?? false };
    const input =
      kind === 'regimen'
        ? regimenInput(patientId, regimen, flags, confirmPast, i18n.language)
        : carTInput(patientId, carT, confirmPast);
    if ('invalid' in input) {
      // Each field already says why beside it; nothing is sent.
      setErrors(Object.fromEntries(input.invalid.map((key) => [key, t('field.number.fixFirst')])));
      setFailure(t('schedule.plans.fixFields'));
      return;
    }
    try {
      const plan = await creating.run(input);
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
      <fieldset className="kind-choice">
        <legend>{t('planActions.kind.legend')}</legend>
        {(['regimen', 'car-t'] as const).map((k) => (
          <label key={k} className="choice">
            <input type="radio" name={name} checked={kind === k} onChange={() => setKind(k)} />
            {t(`planActions.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'regimen' ? (
        <RegimenFields regimens={options.data?.regimens ?? []} draft={regimen} errors={errors} onChange={setRegimen} />
      ) : (
        <CarTFields products={options.data?.carTProducts ?? []} draft={carT} errors={errors} onChange={setCarT} />
      )}
      {kind === 'car-t' && errors.startDate !== undefined && (
        <Alert tone="warn">{t('planActions.carT.pastStart')}</Alert>
      )}
      {pastStart && (
        <label className="checkbox">
          <input type="checkbox" checked={confirmPast} onChange={(e) => setConfirmPast(e.target.checked)} />
          {t('schedule.plans.confirmPast')}
        </label>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!ready}>
          {t('schedule.plans.create')}
        </button>
        {failure && <Alert>{failure}</Alert>}
      </div>
    </form>
  );
}
