import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitDrug } from '../../../../../shared/ipc/contract/charting';
import { chartSignAction } from '../../../../../shared/ipc/contract/chart';
import { ApiError, call, useQuery } from '../../../app/api';
import { Field } from '../../../components/Field';
import { useSession } from '../../auth';
import { newRequestId } from '../clock';
import { Modal } from '../../../components/Modal';
import { Check, ErrorLine, Radios } from '../parts';

const CHECKS = ['patient', 'drug', 'dose', 'rate', 'route'] as const;
type Confirmed = Record<(typeof CHECKS)[number], boolean>;

interface DialogProps {
  drug: VisitDrug;
  patientLabel: string;
  rate: number;
  patientId: string;
  appointmentId: string;
  administrationEntryId: string;
  onClose: () => void;
  onVerified: () => void;
}

/**
 * The independent double check before a start (ASCO-ONS, REFERENCE §6): a second nurse, on this workstation,
 * confirms patient, drug, dose, rate and route against the order and types her own PIN or password. Main
 * refuses the signed-in nurse as her own second nurse and records who verified on the signed check.
 */
export function DoubleCheckDialog(props: DialogProps) {
  const { t } = useTranslation();
  const { status } = useSession();
  const users = useQuery('users:list', {});
  const [confirmed, setConfirmed] = useState<Confirmed>({
    patient: false,
    drug: false,
    dose: false,
    rate: false,
    route: false,
  });
  const [verifier, setVerifier] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const [draftId, setDraftId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const others = (users.data ?? []).filter((u) => u.active && u.id !== status.user?.id);
  const rows: Record<(typeof CHECKS)[number], string> = {
    patient: props.patientLabel,
    drug: props.drug.drugName,
    dose: props.drug.doseText,
    rate: `${props.rate} mL/h`,
    route: props.drug.route,
  };

  async function verify() {
    setError(null);
    try {
      const draft = await call('charting:save-draft', {
        ...(draftId ? { id: draftId } : {}),
        patientId: props.patientId,
        appointmentId: props.appointmentId,
        kind: 'double-check',
        payload: {
          administrationEntryId: props.administrationEntryId,
          drugId: props.drug.drugId,
          rateMlPerHour: props.rate,
          confirmed,
        },
        clientRequestId: newRequestId(),
      });
      setDraftId(draft.id);
      const token = await call('auth:verify-second-user', {
        userId: verifier ?? '',
        secret,
        actionId: chartSignAction(draft.id),
      });
      await call('charting:sign', { id: draft.id, clientRequestId: newRequestId(), verificationToken: token.token });
      props.onVerified();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
      setSecret('');
    }
  }

  const ready = CHECKS.every((c) => confirmed[c]) && verifier !== null && secret !== '';
  return (
    <Modal
      className="cs-modal"
      title={t('chairside.check.title', { drug: props.drug.drugName })}
      onClose={props.onClose}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void verify();
        }}
      >
        <p className="field-help">{t('chairside.check.intro')}</p>
        <fieldset>
          <legend>{t('chairside.check.against')}</legend>
          {CHECKS.map((c) => (
            <Check
              key={c}
              label={
                <>
                  <strong>{t(`chairside.check.${c}`)}:</strong> {rows[c]}
                </>
              }
              checked={confirmed[c]}
              onChange={(checked) => setConfirmed({ ...confirmed, [c]: checked })}
            />
          ))}
        </fieldset>
        <Radios
          legend={t('chairside.check.secondNurse')}
          options={others.map((u) => ({ value: u.id, label: `${u.displayName} (${u.initials})` }))}
          value={verifier}
          onChange={setVerifier}
        />
        <Field label={t('chairside.check.secret')}>
          <input type="password" autoComplete="off" value={secret} onChange={(e) => setSecret(e.target.value)} />
        </Field>
        {error && <ErrorLine message={error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={!ready}>
            {t('chairside.check.verify')}
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            {t('chairside.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
