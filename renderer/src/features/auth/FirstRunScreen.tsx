import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretKind, SessionStatus } from '../../../../shared/ipc/contract/auth';
import { useMutation } from '../../app/api';
import { Field } from '../../components/Field';
import { AuthFrame } from './AuthFrame';
import { describeAuthError, type FormError } from './errors';
import { Alert } from '../../components/Alert';

const EMPTY = { displayName: '', initials: '', secretKind: 'password' as SecretKind, secret: '', confirm: '' };

/** First run: the administrator account, after which everyone signs in and the idle lock applies. */
export function FirstRunScreen({
  onDone,
  onCancel,
}: {
  onDone: (status: SessionStatus) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<FormError | null>(null);
  const setup = useMutation('auth:setup-admin');
  const busy = setup.pending;
  const update = (change: Partial<typeof EMPTY>) => setDraft({ ...draft, ...change });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.secret !== draft.confirm) {
      setError({ message: t('auth.error.fixFields'), fields: { confirm: t('auth.mismatch') } });
      return;
    }
    try {
      const { confirm: _confirm, ...input } = draft;
      onDone(await setup.run(input));
    } catch (caught) {
      setError(describeAuthError(caught, t));
    }
  }

  const isPin = draft.secretKind === 'pin';
  return (
    <AuthFrame title={t('auth.firstRunTitle')} wide>
      <p>{t('auth.firstRunIntro')}</p>
      <form className="form auth-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('auth.displayName')} error={error?.fields.displayName}>
          <input
            value={draft.displayName}
            maxLength={80}
            autoFocus
            autoComplete="name"
            onChange={(e) => update({ displayName: e.target.value })}
          />
        </Field>
        <Field label={t('auth.initials')} help={t('auth.initialsHelp')} error={error?.fields.initials}>
          <input
            value={draft.initials}
            maxLength={5}
            autoComplete="username"
            onChange={(e) => update({ initials: e.target.value })}
          />
        </Field>
        <fieldset className="kind-choice">
          <legend>{t('auth.secretKind')}</legend>
          {(['password', 'pin'] as const).map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name="secretKind"
                checked={draft.secretKind === kind}
                onChange={() => update({ secretKind: kind })}
              />
              {t(`auth.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <Field
          label={isPin ? t('auth.newPin') : t('auth.newPassword')}
          help={isPin ? t('auth.pinHelp') : t('auth.passwordHelp')}
          error={error?.fields.secret}
        >
          <input
            type="password"
            value={draft.secret}
            inputMode={isPin ? 'numeric' : 'text'}
            autoComplete="new-password"
            onChange={(e) => update({ secret: e.target.value })}
          />
        </Field>
        <Field label={t('auth.confirmSecret')} error={error?.fields.confirm}>
          <input
            type="password"
            value={draft.confirm}
            inputMode={isPin ? 'numeric' : 'text'}
            autoComplete="new-password"
            onChange={(e) => update({ confirm: e.target.value })}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('auth.create')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('auth.cancel')}
          </button>
        </div>
        {error && <Alert>{error.message}</Alert>}
      </form>
    </AuthFrame>
  );
}
