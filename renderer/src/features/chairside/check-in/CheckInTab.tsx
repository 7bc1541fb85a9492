import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitContext } from '../../../../../shared/ipc/contract/charting-visit';
import { ApiError, useMutation } from '../../../app/api';
import { Field } from '../../../components/Field';
import { issueText } from '../../../components/refusal-text';
import { CHART_READS } from '../chart-reads';
import { newRequestId } from '../clock';
import { ErrorLine } from '../parts';
import { useUserNames } from '../users';
import { useWedgeScan } from './useWedgeScan';
import { tDynamic } from '../../../i18n';
import { useClinicTimes } from '../../../app/clinic-clock';

interface Typed {
  name: string;
  dateOfBirth: string;
  mrn: string;
  mrnSource: 'scanned' | 'typed';
}
const EMPTY: Typed = { name: '', dateOfBirth: '', mrn: '', mrnSource: 'typed' };

function CheckedIn({ context }: { context: VisitContext }) {
  const { t } = useTranslation();
  const clinic = useClinicTimes();
  const name = useUserNames();
  const entry = context.checkIn!;
  const ids = (entry.payload.identifiers as string[]).map((i) => tDynamic(`chairside.checkIn.id.${i}`, i)).join(' + ');
  return (
    <>
      <p className="status status-ok" data-testid="checked-in">
        <span aria-hidden="true">☑ </span>
        {t('chairside.checkIn.done', {
          name: name(entry.signedBy),
          time: clinic.time(entry.signedAt!),
          ids,
        })}
        {entry.payload.mrnSource === 'scanned' && ` · ${t('chairside.checkIn.scanned')}`}
      </p>
    </>
  );
}

/**
 * Two identifiers: the name the patient states, plus the date of birth and/or the MRN (typed or scanned). Once
 * checked in, the visit asks again (CHART_READS) and shows the check-in instead of the form.
 */
export function CheckInTab({ context }: { context: VisitContext }) {
  const { t } = useTranslation();
  const checkIn = useMutation('charting:check-in', { invalidates: CHART_READS });
  const [typed, setTyped] = useState<Typed>(EMPTY);
  const [stop, setStop] = useState<ApiError | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [requestId] = useState(newRequestId);
  const onKeyDown = useWedgeScan((text) => setTyped((v) => ({ ...v, mrn: text, mrnSource: 'scanned' })));
  if (context.checkIn) return <CheckedIn context={context} />;

  async function submit() {
    try {
      await checkIn.run({
        appointmentId: context.appointment.id,
        name: typed.name,
        ...(typed.dateOfBirth.trim() ? { dateOfBirth: typed.dateOfBirth.trim() } : {}),
        ...(typed.mrn.trim() ? { mrn: typed.mrn.trim(), mrnSource: typed.mrnSource } : {}),
        clientRequestId: requestId,
      });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // The identity hard stop is known by its reason, never by the words shown (they follow the language).
      if (e.code === 'forbidden' && e.error.issues.some((i) => i.code === 'identifier-mismatch')) setStop(e);
      else setError(e);
    }
  }

  if (stop) return <HardStop error={stop} onRestart={() => (setStop(null), setTyped(EMPTY))} />;
  const fieldError = (path: string) => {
    const issue = error?.error.issues.find((i) => i.path === path);
    return issue ? issueText(issue) : undefined;
  };
  return (
    <form
      className="form cs-check-in"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="notice">{t('chairside.checkIn.intro')}</p>
      <Field label={t('chairside.checkIn.name')} help={t('chairside.checkIn.nameHelp')} error={fieldError('name')}>
        <input
          type="text"
          value={typed.name}
          autoComplete="off"
          onChange={(e) => setTyped({ ...typed, name: e.target.value })}
        />
      </Field>
      <Field label={t('chairside.checkIn.dob')} help={t('chairside.checkIn.dobHelp')} error={fieldError('dateOfBirth')}>
        <input
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          value={typed.dateOfBirth}
          onChange={(e) => setTyped({ ...typed, dateOfBirth: e.target.value })}
        />
      </Field>
      <Field label={t('chairside.checkIn.mrn')} help={t('chairside.checkIn.mrnHelp')} error={fieldError('mrn')}>
        <input
          type="text"
          autoComplete="off"
          value={typed.mrn}
          onKeyDown={onKeyDown}
          onChange={(e) => setTyped({ ...typed, mrn: e.target.value, mrnSource: 'typed' })}
        />
      </Field>
      {typed.mrnSource === 'scanned' && typed.mrn && (
        <p className="status status-ok" data-testid="scanned">
          <span aria-hidden="true">▥ </span>
          {t('chairside.checkIn.scannedNow')}
        </p>
      )}
      {error && !fieldError('name') && !fieldError('dateOfBirth') && <ErrorLine message={error.message} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={checkIn.pending}>
          <span aria-hidden="true">☑ </span>
          {t('chairside.checkIn.confirm')}
        </button>
      </div>
    </form>
  );
}

function HardStop({ error, onRestart }: { error: ApiError; onRestart: () => void }) {
  const { t } = useTranslation();
  const which = error.error.issues
    .map((i) => tDynamic(`chairside.checkIn.id.${i.path}`, ''))
    .filter(Boolean)
    .join(', ');
  return (
    <div className="cs-hard-stop" role="alert" data-testid="hard-stop">
      <p className="cs-hard-stop-title">
        <span aria-hidden="true">✖ </span>
        {t('chairside.checkIn.stopTitle')}
      </p>
      <p>{t('chairside.checkIn.stopBody', { which })}</p>
      <p>{t('chairside.checkIn.stopAudited')}</p>
      <button type="button" className="button" onClick={onRestart}>
        {t('chairside.checkIn.restart')}
      </button>
    </div>
  );
}
