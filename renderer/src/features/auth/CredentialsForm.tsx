import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus, UserSummary } from '../../../../shared/ipc/contract/auth';
import { call, useMutation } from '../../app/api';
import { Field } from '../../components/Field';
import { describeAuthError, type FormError } from './errors';
import { UserChoice } from './UserChoice';
import { Alert } from '../../components/Alert';

interface Props {
  channel: 'auth:sign-in' | 'auth:unlock';
  /** Unlocking as the signed-in nurse: only the secret is asked. */
  fixedUser?: UserSummary;
  /** The accounts to choose from when no user is fixed. */
  users?: readonly UserSummary[];
  submitLabel: string;
  onDone: (status: SessionStatus) => void;
}

/** Who (picked from the list, or initials typed) and the password or PIN; the secret is cleared after each try. */
export function CredentialsForm({ channel, fixedUser, users = [], submitLabel, onDone }: Props) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState<string | null>(fixedUser?.id ?? null);
  const [initials, setInitials] = useState('');
  const [secret, setSecret] = useState('');
  const signIn = useMutation((input: { who: { userId: string } | { initials: string }; secret: string }) =>
    call(channel, { ...input.who, secret: input.secret }),
  );
  const busy = signIn.pending;
  const [error, setError] = useState<FormError | null>(null);
  const chosen = fixedUser ?? users.find((u) => u.id === userId);
  const isPin = chosen?.secretKind === 'pin';

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const who = userId ? { userId } : { initials };
      onDone(await signIn.run({ who, secret }));
    } catch (caught) {
      setError(describeAuthError(caught, t));
    } finally {
      setSecret('');
    }
  }

  return (
    <form className="form auth-form" onSubmit={(e) => void submit(e)} noValidate>
      {!fixedUser && (
        <>
          <UserChoice
            users={users}
            chosenId={userId}
            onChoose={(id) => {
              setUserId(id);
              setInitials('');
            }}
          />
          <Field label={t('auth.orInitials')} error={error?.fields.initials}>
            <input
              value={initials}
              autoComplete="username"
              maxLength={5}
              onChange={(e) => {
                setInitials(e.target.value);
                setUserId(null);
              }}
            />
          </Field>
        </>
      )}
      <Field
        label={isPin ? t('auth.pin') : chosen ? t('auth.password') : t('auth.secret')}
        error={error?.fields.secret}
      >
        <input
          type="password"
          value={secret}
          autoFocus={Boolean(fixedUser)}
          inputMode={isPin ? 'numeric' : 'text'}
          autoComplete="current-password"
          onChange={(e) => setSecret(e.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('auth.signingIn') : submitLabel}
        </button>
      </div>
      {error && <Alert>{error.message}</Alert>}
    </form>
  );
}
