import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '../../../../../shared/ipc/contract/auth';
import type { PlanActionResult, TreatmentPlan } from '../../../../../shared/ipc/contract/plans';
import { call, useMutation } from '../../../app/api';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { describeRefusal } from './orders/refusal';
import { Alert } from '../../../components/Alert';
import { PLAN_READS } from './plan-reads';
import { formatDay } from '../../../lib/dates';
import i18next from 'i18next';
import { useRegimenName } from '../../../lib/clinicalText';

type Action = 'hold' | 'resume' | 'discontinue';

const CONFIRM = { hold: 'confirmHold', resume: 'confirmResume', discontinue: 'confirmDiscontinue' } as const;

/** What the answer changed, in words: how many visits were held, booked again or cancelled. */
function summary(action: Action, result: PlanActionResult, t: TFunction): string {
  if (action === 'hold') return t('planActions.held', { count: result.held.length });
  if (action === 'discontinue') return t('planActions.discontinued', { count: result.cancelled.length });
  const missing = result.unplaced.map((u) =>
    t('planActions.unplaced', { dose: u.doseNumber, date: formatDay(u.targetDate, i18next.language) }),
  );
  return [t('planActions.resumed', { count: result.rebooked.length }), ...missing].join(' ');
}

/** Hold, Resume and Discontinue on the plan card, each with a reason; main checks who may do which. */
export function PlanActions({
  plan,
  role,
  onDone,
}: {
  plan: TreatmentPlan;
  role: UserRole | null;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  const actions: Action[] =
    plan.status === 'active' ? ['hold', 'discontinue'] : plan.status === 'on-hold' ? ['resume', 'discontinue'] : [];
  return (
    <>
      {actions.map((action) => (
        <button key={action} type="button" className={`button plan-action-${action}`} onClick={() => setOpen(action)}>
          {t(`planActions.${action}`)}
        </button>
      ))}
      {open && (
        <ActionDialog
          plan={plan}
          action={open}
          asPrescriber={role === 'prescriber'}
          onClose={() => setOpen(null)}
          onDone={(result) => {
            setOpen(null);
            onDone(summary(open, result, t));
          }}
        />
      )}
    </>
  );
}

interface DialogProps {
  plan: TreatmentPlan;
  action: Action;
  asPrescriber: boolean;
  onClose: () => void;
  onDone: (result: PlanActionResult) => void;
}

function ActionDialog({ plan, action, asPrescriber, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const regimenName = useRegimenName();
  const [reason, setReason] = useState('');
  const [orderedBy, setOrderedBy] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const changing = useMutation(
    () => {
      const by = asPrescriber ? {} : { orderedBy };
      return action === 'hold'
        ? call('plans:hold', { planId: plan.id, reason })
        : call(`plans:${action}`, { planId: plan.id, reason, ...by });
    },
    { invalidates: PLAN_READS },
  );
  const busy = changing.pending;
  const needsPrescriber = action !== 'hold';

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onDone(await changing.run(undefined));
    } catch (error) {
      const refusal = describeRefusal(error, t);
      setErrors(refusal.fields);
      setFailure(refusal.message);
    }
  }

  return (
    <Modal title={t(`planActions.${action}Title`, { regimen: regimenName(plan.regimenName) })} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <p>{t(`planActions.${action}Help`)}</p>
        <Field label={t('planActions.reason')} help={t('planActions.reasonHelp')} error={errors.reason}>
          <textarea value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </Field>
        {needsPrescriber && asPrescriber && <p className="notice">{t('planActions.asPrescriber')}</p>}
        {needsPrescriber && !asPrescriber && (
          <Field label={t('planActions.orderedBy')} help={t('planActions.orderedByHelp')} error={errors.orderedBy}>
            <input value={orderedBy} maxLength={120} onChange={(e) => setOrderedBy(e.target.value)} />
          </Field>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t(`planActions.${CONFIRM[action]}`)}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('planActions.close')}
          </button>
          {failure && <Alert testId="plan-action-failure">{failure}</Alert>}
        </div>
      </form>
    </Modal>
  );
}
