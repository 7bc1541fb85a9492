import { useTranslation } from 'react-i18next';
import type { CenterDbStatus } from '../../../../../shared/ipc/contract/center-db';
import { useQuery } from '../../../app/api';
import { Field } from '../../../components/Field';
import { useSession } from '../../auth';
import { TestResult } from './TestResult';
import { useCenterDbForm, type CenterDbDraft } from './useCenterDbForm';
import './center-db.css';
import { withColon } from '../../../i18n/colon';

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
        <CenterDbForm editable={isAdmin} keystoreSecure={status.data.keystoreSecure} savedUrl={status.data.savedUrl} />
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
          {withColon(t(`centerDb.mode.${status.mode}`))} <code>{status.label}</code>
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
}

function CenterDbForm({ editable, keystoreSecure, savedUrl }: FormProps) {
  const { t } = useTranslation();
  const form = useCenterDbForm(savedUrl);
  const { busy, message, tested } = form;
  return (
    <form className="form center-db-form" onSubmit={form.test} noValidate aria-labelledby="center-db-form-title">
      <h3 id="center-db-form-title">{t('centerDb.formTitle')}</h3>
      <fieldset className="settings-fieldset" disabled={!editable}>
        <CenterDbFields draft={form.draft} errors={form.errors} onChange={form.setDraft} />
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
            disabled={!form.passed || !keystoreSecure || busy !== null}
            aria-describedby="center-db-save-hint"
            onClick={() => void form.save()}
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
        <button type="button" className="button" disabled={busy !== null} onClick={() => void form.backToOwnFile()}>
          {t('centerDb.useLocal')}
        </button>
      </fieldset>
    </form>
  );
}

interface FieldsProps {
  draft: CenterDbDraft;
  errors: Record<string, string>;
  onChange: (draft: CenterDbDraft) => void;
}

/** URL, password (typed, never shown back) and center key; each keeps what was typed whatever the answer. */
function CenterDbFields({ draft, errors, onChange }: FieldsProps) {
  const { t } = useTranslation();
  const text = { spellCheck: false, autoComplete: 'off' } as const;
  return (
    <>
      <Field label={t('centerDb.url')} help={t('centerDb.urlHelp')} error={errors.url}>
        <input {...text} value={draft.url} onChange={(e) => onChange({ ...draft, url: e.target.value })} />
      </Field>
      <Field label={t('centerDb.password')} help={t('centerDb.passwordHelp')} error={errors.password}>
        <input
          type="password"
          autoComplete="new-password"
          value={draft.password}
          onChange={(e) => onChange({ ...draft, password: e.target.value })}
        />
      </Field>
      <Field label={t('centerDb.centerKey')} help={t('centerDb.centerKeyHelp')} error={errors.centerKey}>
        {/* A secret like the password: not left readable on a screen others can see. */}
        <input
          {...text}
          type="password"
          className="center-db-key"
          value={draft.centerKey}
          onChange={(e) => onChange({ ...draft, centerKey: e.target.value })}
        />
      </Field>
    </>
  );
}
