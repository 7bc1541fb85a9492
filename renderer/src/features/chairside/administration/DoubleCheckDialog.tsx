import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_BAG, type BagReadingDraft } from '../../../../../shared/charting/bag';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import { chartSignAction } from '../../../../../shared/ipc/contract/chart';
import type { VisitDrug } from '../../../../../shared/ipc/contract/charting-visit';
import { ApiError, call, useMutation, useQuery } from '../../../app/api';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { issueText } from '../../../components/refusal-text';
import { useSession } from '../../auth';
import { CHART_READS } from '../chart-reads';
import { newRequestId } from '../clock';
import { ErrorLine, Radios } from '../parts';
import { BagFields, type DrugChoice } from './BagFields';
import { CheckResults } from './CheckResults';

interface DialogProps {
  drug: VisitDrug;
  patientLabel: string;
  choices: readonly DrugChoice[];
  patientId: string;
  appointmentId: string;
  administrationEntryId: string;
  onClose: () => void;
}

/**
 * The independent double check (ASCO-ONS administration safety standards): the second nurse reads the bag
 * herself and types what she reads, without seeing the first nurse's record, then her own PIN or password.
 * Main compares both readings with the order field by field; the dialog then shows each match or mismatch, and
 * the visit behind it asks again (CHART_READS) so the drug's card shows the check at once.
 */
export function DoubleCheckDialog(props: DialogProps) {
  const { t } = useTranslation();
  const { status } = useSession();
  const users = useQuery('users:list', {});
  const [reading, setReading] = useState<BagReadingDraft>(EMPTY_BAG);
  const [verifier, setVerifier] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const [draftId, setDraftId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [done, setDone] = useState<ChartEntry | null>(null);
  const others = (users.data ?? []).filter((u) => u.active && u.id !== status.user?.id);

  const verifying = useMutation(
    async (): Promise<ChartEntry> => {
      const draft = await call('charting:save-draft', {
        ...(draftId ? { id: draftId } : {}),
        patientId: props.patientId,
        appointmentId: props.appointmentId,
        kind: 'double-check',
        payload: { administrationEntryId: props.administrationEntryId, reading },
        clientRequestId: newRequestId(),
      });
      setDraftId(draft.id);
      const token = await call('auth:verify-second-user', {
        userId: verifier ?? '',
        secret,
        actionId: chartSignAction(draft.id),
      });
      return call('charting:sign', { id: draft.id, clientRequestId: newRequestId(), verificationToken: token.token });
    },
    { invalidates: CHART_READS },
  );

  async function verify() {
    setError(null);
    try {
      setDone(await verifying.run(undefined));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
      setIssues(
        Object.fromEntries(
          e.error.issues.map((i) => [i.path.replace(/^payload\.reading\./, ''), issueText(i)] as const),
        ),
      );
      setSecret('');
    }
  }

  const title = t('chairside.check.title', { drug: props.drug.drugName });
  if (done) {
    return (
      <Modal className="cs-modal" title={title} onClose={props.onClose}>
        <CheckResults check={done} stale={false} />
        <div className="form-actions">
          <button type="button" className="button button-primary" autoFocus onClick={props.onClose}>
            {t('chairside.doubleCheck.close')}
          </button>
        </div>
      </Modal>
    );
  }
  const ready = verifier !== null && secret !== '' && !verifying.pending;
  return (
    <Modal className="cs-modal" title={title} onClose={props.onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void verify();
        }}
      >
        <p className="field-help">{t('chairside.doubleCheck.intro', { patient: props.patientLabel })}</p>
        <Radios
          legend={t('chairside.check.secondNurse')}
          options={others.map((u) => ({ value: u.id, label: `${u.displayName} (${u.initials})` }))}
          value={verifier}
          onChange={setVerifier}
        />
        <BagFields
          legend={t('chairside.bag.second')}
          reading={reading}
          choices={props.choices}
          issues={issues}
          readOnly={false}
          testId="bag-second"
          onChange={setReading}
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
