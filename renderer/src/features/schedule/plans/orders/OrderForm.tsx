import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanOrder, PlanOrders } from '../../../../../../shared/ipc/contract/orders';
import type { TreatmentPlan } from '../../../../../../shared/ipc/contract/plans';
import { useMutation } from '../../../../app/api';
import { Field } from '../../../../components/Field';
import { Modal } from '../../../../components/Modal';
import { describeRefusal } from './refusal';
import { initialDraft, linesFor, toInput, type LineDraft, type OrderDraft } from './order-draft';
import { OrderLineFields } from './OrderLineFields';
import { Alert } from '../../../../components/Alert';
import { PLAN_READS } from '../plan-reads';
import { useRegimenName } from '../../../../lib/clinicalText';

interface Props {
  plan: TreatmentPlan;
  orders: PlanOrders;
  /** A prescriber signs her own order; anyone else enters an external one. */
  external: boolean;
  replacing: PlanOrder | null;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** Enter (or replace) the order for one dose or a run of doses: one line per drug, then the signature. */
export function OrderForm({ plan, orders, external, replacing, onDone, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const regimenName = useRegimenName();
  const firstFree = orders.releases.find((r) => r.status === 'no-order')?.doseNumber ?? 1;
  const [draft, setDraft] = useState<OrderDraft>(() =>
    initialDraft(plan, firstFree, orders.routes, i18n.language, replacing),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const entering = useMutation('orders:enter', { invalidates: PLAN_READS });
  const busy = entering.pending;
  const update = (change: Partial<OrderDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setFirst = (first: number) =>
    update({
      firstDose: first,
      lastDose: Math.max(first, draft.lastDose),
      lines: linesFor(plan, first, orders.routes, i18n.language, draft.lines),
    });
  const setLine = (index: number, change: Partial<LineDraft>) =>
    update({ lines: draft.lines.map((l, i) => (i === index ? { ...l, ...change } : l)) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { input, bad } = toInput(draft, plan.id, { external, replacing, language: i18n.language });
    if (!input) {
      setErrors(Object.fromEntries(bad.map((path) => [path, t('orders.number')])));
      setFailure(t('orders.refusal.fixFields'));
      return;
    }
    try {
      await entering.run(input);
      onDone(t('orders.entered'));
    } catch (error) {
      const refusal = describeRefusal(error, t);
      setErrors(refusal.fields);
      setFailure(refusal.message);
      if (refusal.fields.secret) update({ secret: '' });
    }
  }

  const title = replacing
    ? t('orders.replaceTitle', { first: replacing.firstDose, last: replacing.lastDose })
    : t('orders.formTitle', { regimen: regimenName(plan.regimenName) });
  return (
    <Modal title={title} onClose={onClose} className="modal order-modal">
      <form className="form order-form" onSubmit={(e) => void submit(e)} noValidate>
        <RangeFields
          plan={plan}
          draft={draft}
          errors={errors}
          onFirst={setFirst}
          onLast={(lastDose) => update({ lastDose })}
        />
        {errors.lines && (
          <p className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {errors.lines}
          </p>
        )}
        {draft.lines.map((line, index) => (
          <OrderLineFields
            key={line.drugId}
            line={line}
            index={index}
            errors={errors}
            onChange={(c) => setLine(index, c)}
          />
        ))}
        <Provenance draft={draft} external={external} errors={errors} update={update} />
        {replacing && (
          <Field label={t('orders.replaceReason')} error={errors['replaces.reason'] ?? errors.replaces}>
            <textarea
              value={draft.replaceReason}
              maxLength={500}
              onChange={(e) => update({ replaceReason: e.target.value })}
            />
          </Field>
        )}
        <Field label={t('orders.secret')} help={t('orders.secretHelp')} error={errors.secret}>
          <input
            type="password"
            autoComplete="off"
            value={draft.secret}
            onChange={(e) => update({ secret: e.target.value })}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || draft.secret === ''}>
            {external ? t('orders.submitEnter') : t('orders.submitSign')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('orders.close')}
          </button>
          {failure && <Alert testId="order-failure">{failure}</Alert>}
        </div>
      </form>
    </Modal>
  );
}

interface RangeProps {
  plan: TreatmentPlan;
  draft: OrderDraft;
  errors: Record<string, string>;
  onFirst: (dose: number) => void;
  onLast: (dose: number) => void;
}

/** Which doses the order covers: one, or a run that gives the same drugs (main refuses any other run). */
function RangeFields({ plan, draft, errors, onFirst, onLast }: RangeProps) {
  const { t } = useTranslation();
  const doses = plan.doses.map((d) => d.doseNumber);
  const options = (from: number) =>
    doses
      .filter((n) => n >= from)
      .map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ));
  return (
    <div className="order-range">
      <Field label={t('orders.firstDose')} help={t('orders.rangeHelp')} error={errors.firstDose}>
        <select value={draft.firstDose} onChange={(e) => onFirst(Number(e.target.value))}>
          {options(0)}
        </select>
      </Field>
      <Field label={t('orders.lastDose')} error={errors.lastDose}>
        <select value={draft.lastDose} onChange={(e) => onLast(Number(e.target.value))}>
          {options(draft.firstDose)}
        </select>
      </Field>
    </div>
  );
}

interface ProvenanceProps {
  draft: OrderDraft;
  external: boolean;
  errors: Record<string, string>;
  update: (change: Partial<OrderDraft>) => void;
}

/** Who the order comes from: the signing prescriber herself, or the external order's prescriber and reference. */
function Provenance({ draft, external, errors, update }: ProvenanceProps) {
  const { t } = useTranslation();
  if (!external) return <p className="notice">{t('orders.prescriberSigns')}</p>;
  return (
    <fieldset className="order-external">
      <legend>{t('orders.external.legend')}</legend>
      <Field label={t('orders.external.prescriberName')} error={errors['external.prescriberName']}>
        <input
          value={draft.prescriberName}
          maxLength={120}
          onChange={(e) => update({ prescriberName: e.target.value })}
        />
      </Field>
      <Field label={t('orders.external.reference')} error={errors['external.reference']}>
        <input value={draft.reference} maxLength={80} onChange={(e) => update({ reference: e.target.value })} />
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={draft.readBack} onChange={(e) => update({ readBack: e.target.checked })} />
        {t('orders.external.readBack')}
      </label>
      {errors['external.readBack'] && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {errors['external.readBack']}
        </p>
      )}
    </fieldset>
  );
}
