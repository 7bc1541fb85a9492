import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterDbStatus, CenterDbTestResult } from '../../../../../shared/ipc/contract/center-db';
import { ApiError, call, useQuery } from '../../../app/api';
import { Field, issuesByField } from '../../../components/Field';
import { useSession } from '../../auth';
import { TestResult } from './TestResult';
import './center-db.css';

interface Draft {
  url: string;
  password: string;
  centerKey: string;
}
type Message = { kind: 'ok' | 'error'; text: string } | null;
const EMPTY: Draft = { url: '', password: '', centerKey: '' };
const sameValues = (a: Draft, b: Draft) => a.url === b.url && a.password === b.password && a.centerKey === b.centerKey;
const failureText = (error: unknown) => (error instanceof ApiError ? error.message : String(error));

/**
 * Settings › Center database: which database this workstation opens, a connection test that names what failed,
 * and "Save for this workstation" once a test of the same values passed. An administrator edits; a charge
 * nurse reads. The password is typed, sent, and never shown back.
 */
export function CenterDatabaseSection() {
  const { t } = useTranslation();
  const { canManage, status: session } = useSession();
  const status = useQuery('center-db:status', {}, { enabled: canManage });
  if (!canManage) return <p>{t('centerDb.managersOnly')}</p>;
  const isAdmin = session.setupNeeded || session.user?.role === 'admin';
  return (
    <div className="center-db">
      <p>{t('centerDb.intro')}</p>
      {status.data && <StatusList status={status.data} />}
      {!isAdmin && (
        <p className="notice" data-testid="center-db-admin-only">
          <span aria-hidden="true">ℹ </span>
          {t('centerDb.adminOnly')}
        </p>
      )}
      {status.data && (
        <CenterDbForm
          editable={isAdmin}
          keystoreSecure={status.data.keystoreSecure}
          savedUrl={status.data.savedUrl}
          onSaved={status.reload}
        />
      )}
      <p className="field-help">{t('centerDb.migrateNote')}</p>
    </div>
  );
}

function StatusList({ status }: { status: CenterDbStatus }) {
  const { t } = useTranslation();
  const kept = [status.passwordSaved && t('centerDb.passwordSaved'), status.centerKeySaved && t('centerDb.keySaved')];
  const stronger = status.source === 'command-line' || status.source === 'environment' ? status.source : null;
  return (
    <>
      <dl className="center-db-status" data-testid="center-db-status">
        <dt>{t('centerDb.inUse')}</dt>
        <dd>
          {t(`centerDb.mode.${status.mode}`)}: <code>{status.label}</code>
        </dd>
        <dt>{t('centerDb.chosenBy')}</dt>
        <dd>{t(`centerDb.source.${status.source}`)}</dd>
        <dt>{t('centerDb.savedSetting')}</dt>
        <dd>{status.savedUrl ? <code>{status.savedUrl}</code> : t('centerDb.savedNone')}</dd>
        <dt>{t('centerDb.credentials')}</dt>
        <dd>{kept.filter(Boolean).join(', ') || t('centerDb.nothingSaved')}</dd>
      </dl>
      {stronger && status.savedUrl && (
        <p className="status status-warn">
          <span aria-hidden="true">⚠</span>{' '}
          {t('centerDb.overridden', { what: t(`centerDb.overriddenWhat.${stronger}`) })}
        </p>
      )}
    </>
  );
}

interface FormProps {
  editable: boolean;
  keystoreSecure: boolean;
  savedUrl: string | null;
  onSaved: () => void;
}

function CenterDbForm({ editable, keystoreSecure, savedUrl, onSaved }: FormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>({ ...EMPTY, url: savedUrl ?? '' });
  const [tested, setTested] = useState<{ values: Draft; result: CenterDbTestResult } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState<'test' | 'save' | 'local' | null>(null);
  const passed = tested !== null && sameValues(tested.values, draft) && tested.result.ok && tested.result.usable;

  async function run(kind: 'test' | 'save' | 'local', work: () => Promise<void>) {
    setBusy(kind);
    setMessage(null);
    try {
      await work();
      setErrors({});
    } catch (error) {
      setErrors(error instanceof ApiError ? issuesByField(error.error.issues) : {});
      setMessage({ kind: 'error', text: failureText(error) });
    } finally {
      setBusy(null);
    }
  }
  const values = { url: draft.url, password: draft.password, centerKey: draft.centerKey };
  const test = (event: FormEvent) => {
    event.preventDefault();
    void run('test', async () => setTested({ values: draft, result: await call('center-db:test', values) }));
  };
  const save = () =>
    run('save', async () => {
      const saved = await call('center-db:save', values);
      if (!saved.saved) return setTested({ values: draft, result: saved.test });
      setDraft({ ...EMPTY, url: draft.url });
      setTested(null);
      setMessage({ kind: 'ok', text: t('centerDb.savedDone', { label: saved.label }) });
      onSaved();
    });
  const useLocal = () =>
    run('local', async () => {
      const { cleared } = await call('center-db:use-local', {});
      setMessage({ kind: 'ok', text: t(cleared ? 'centerDb.localDone' : 'centerDb.localNothing') });
      onSaved();
    });

  return (
    <form className="form center-db-form" onSubmit={test} noValidate aria-labelledby="center-db-form-title">
      <h3 id="center-db-form-title">{t('centerDb.formTitle')}</h3>
      <fieldset className="settings-fieldset" disabled={!editable}>
        <Field label={t('centerDb.url')} help={t('centerDb.urlHelp')} error={errors.url}>
          <input
            value={draft.url}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setDraft({ ...draft, url: e.target.value })}
          />
        </Field>
        <Field label={t('centerDb.password')} help={t('centerDb.passwordHelp')} error={errors.password}>
          <input
            type="password"
            value={draft.password}
            autoComplete="new-password"
            onChange={(e) => setDraft({ ...draft, password: e.target.value })}
          />
        </Field>
        <Field label={t('centerDb.centerKey')} help={t('centerDb.centerKeyHelp')} error={errors.centerKey}>
          <input
            className="center-db-key"
            value={draft.centerKey}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setDraft({ ...draft, centerKey: e.target.value })}
          />
        </Field>
        <p className="field-help">{keystoreSecure ? t('centerDb.keystoreNote') : t('centerDb.keystoreMissing')}</p>
        <p id="center-db-save-hint" className="field-help">
          {t('centerDb.saveHint')}
        </p>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy !== null}>
            {busy === 'test' ? t('centerDb.testing') : t('centerDb.test')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!passed || !keystoreSecure || busy !== null}
            aria-describedby="center-db-save-hint"
            onClick={() => void save()}
          >
            {busy === 'save' ? t('centerDb.saving') : t('centerDb.save')}
          </button>
        </div>
      </fieldset>
      {tested && <TestResult result={tested.result} />}
      {message && (
        <p role={message.kind === 'ok' ? 'status' : 'alert'} className={`status status-${message.kind}`}>
          <span aria-hidden="true">{message.kind === 'ok' ? '✓' : '✕'}</span> {message.text}
        </p>
      )}
      <fieldset className="settings-fieldset center-db-local" disabled={!editable}>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void useLocal()}>
          {t('centerDb.useLocal')}
        </button>
      </fieldset>
    </form>
  );
}
