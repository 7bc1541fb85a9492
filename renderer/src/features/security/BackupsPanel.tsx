import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/ipc/contract/backups';
import { ApiError, useMutation, useQuery } from '../../app/api';
import { Field, issuesByField } from '../../components/Field';
import { NumberField, type NumberValue } from '../../components/NumberField';
import { useSession } from '../auth';
import { DowntimeButton } from './DowntimeButton';
import './security.css';
import { useClinicTimes } from '../../app/clinic-clock';

type Message = { kind: 'ok' | 'error'; text: string } | null;
const failureText = (error: unknown) => (error instanceof ApiError ? error.message : String(error));

/** Settings › Backups: the schedule and folder (administrator), "Back up now", the list and a restore. */
export function BackupsPanel() {
  const { t } = useTranslation();
  const { canManage, status: session } = useSession();
  const status = useQuery('backup:status', {});
  const [message, setMessage] = useState<Message>(null);
  const backingUp = useMutation('backup:now', { invalidates: ['backup:status'] });
  const busy = backingUp.pending;
  if (!canManage) return null;
  const data = status.data;
  const isAdmin = session.setupNeeded || session.user?.role === 'admin';

  async function backupNow() {
    try {
      const made = await backingUp.run({});
      setMessage({ kind: 'ok', text: t('security.backups.made', { file: made.file }) });
    } catch (error) {
      setMessage({ kind: 'error', text: failureText(error) });
    }
  }

  return (
    <section aria-labelledby="backups-title" className="backups">
      <h2 id="backups-title">{t('security.backups.title')}</h2>
      {data && <p>{t('security.backups.intro', { hours: data.everyHours, keep: data.keep })}</p>}
      {data?.pendingRestore && (
        <p role="status" className="status status-warn">
          {t('security.backups.pending', { file: data.pendingRestore.from })}
        </p>
      )}
      {data && isAdmin && <BackupSettingsForm folder={data.folder} keep={data.keep} everyHours={data.everyHours} />}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void backupNow()}>
          {busy ? t('security.backups.running') : t('security.backups.now')}
        </button>
        <DowntimeButton />
      </div>
      {message && (
        <p role={message.kind === 'ok' ? 'status' : 'alert'} className={`status status-${message.kind}`}>
          {message.text}
        </p>
      )}
      {data && <BackupList backups={data.backups} canRestore={isAdmin} />}
    </section>
  );
}

const KEEP_RULES = { integer: true, min: 1, max: 365 };
const HOURS_RULES = { integer: true, min: 1, max: 168 };

function BackupSettingsForm(props: { folder: string; keep: number; everyHours: number }) {
  const { t } = useTranslation();
  const saving = useMutation('backup:configure', { invalidates: ['backup:status'] });
  const [draft, setDraft] = useState<{ folder: string; keep: NumberValue; everyHours: NumberValue }>({
    folder: props.folder,
    keep: props.keep,
    everyHours: props.everyHours,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>(null);
  useEffect(
    () => setDraft({ folder: props.folder, keep: props.keep, everyHours: props.everyHours }),
    [props.folder, props.keep, props.everyHours],
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    const { keep, everyHours } = draft;
    // Text that is not a whole number is already named beside its field; nothing is sent until it is one.
    if (typeof keep !== 'number' || typeof everyHours !== 'number') return;
    try {
      await saving.run({ folder: draft.folder, keep, everyHours });
      setErrors({});
      setMessage({ kind: 'ok', text: t('security.backups.saved') });
    } catch (error) {
      setErrors(error instanceof ApiError ? issuesByField(error.error.issues) : {});
      setMessage({ kind: 'error', text: failureText(error) });
    }
  }

  return (
    <form className="form" onSubmit={(e) => void save(e)} noValidate>
      <Field label={t('security.backups.folder')} help={t('security.backups.folderHelp')} error={errors.folder}>
        <input value={draft.folder} onChange={(e) => setDraft({ ...draft, folder: e.target.value })} />
      </Field>
      <NumberField
        label={t('security.backups.keep')}
        rules={KEEP_RULES}
        error={errors.keep}
        value={draft.keep}
        onChange={(keep) => setDraft({ ...draft, keep })}
      />
      <NumberField
        label={t('security.backups.everyHours')}
        rules={HOURS_RULES}
        error={errors.everyHours}
        value={draft.everyHours}
        onChange={(everyHours) => setDraft({ ...draft, everyHours })}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving.pending}>
          {t('security.backups.saveSettings')}
        </button>
        {message && (
          <p role={message.kind === 'ok' ? 'status' : 'alert'} className={`status status-${message.kind}`}>
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}

function BackupList({ backups, canRestore }: { backups: BackupInfo[]; canRestore: boolean }) {
  const { t } = useTranslation();
  const restoring = useMutation('backup:restore', { invalidates: ['backup:status'] });
  const clinic = useClinicTimes();
  const [asked, setAsked] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  if (backups.length === 0) return <p>{t('security.backups.none')}</p>;

  async function restore(file: string) {
    setAsked(null);
    try {
      const result = await restoring.run({ file });
      setMessage({ kind: 'ok', text: t('security.backups.restored', { file, events: result.chain.checked }) });
    } catch (error) {
      setMessage({ kind: 'error', text: failureText(error) });
    }
  }

  return (
    <>
      <table className="backups-table">
        <caption>{t('security.backups.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('security.backups.at')}</th>
            <th scope="col">{t('security.backups.why')}</th>
            <th scope="col">{t('security.backups.size')}</th>
            {canRestore && <th scope="col">{t('security.backups.restoreShort')}</th>}
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.file}>
              <td>{clinic.dateTime(b.atUtc)}</td>
              <td>{t(`security.backups.reason.${b.reason}`)}</td>
              <td>{`${Math.max(1, Math.round(b.bytes / 1024))} kB`}</td>
              {canRestore && (
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('security.backups.restore', { file: b.file })}
                    onClick={() => setAsked(b.file)}
                  >
                    {t('security.backups.restoreShort')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {asked && (
        <div role="alertdialog" aria-labelledby="restore-question" className="form-actions">
          <p id="restore-question">{t('security.backups.confirmRestore', { file: asked })}</p>
          <button type="button" className="button button-primary" onClick={() => void restore(asked)}>
            {t('security.backups.restoreYes')}
          </button>
          <button type="button" className="button" onClick={() => setAsked(null)}>
            {t('security.backups.cancel')}
          </button>
        </div>
      )}
      {message && (
        <p role={message.kind === 'ok' ? 'status' : 'alert'} className={`status status-${message.kind}`}>
          {message.text}
        </p>
      )}
    </>
  );
}
