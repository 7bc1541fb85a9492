import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretKind, UserSummary } from '../../../../../shared/ipc/contract/auth';
import { call } from '../../../app/api';
import { Field } from '../../../components/Field';
import { describeAuthError } from '../errors';
import { FormMessage, type Message } from './FormMessage';
import { SecretFields } from './SecretFields';

interface Props {
  user: UserSummary;
  /** Changing one's own secret asks for the current one; a reset asks for the resetter's own secret. */
  self: boolean;
  title: string;
  help?: string;
  onSaved?: () => void;
}

export function SecretForm({ user, self, title, help, onSaved }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SecretKind>(user.secretKind);
  const [secret, setSecret] = useState('');
  const [current, setCurrent] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await call('users:set-secret', {
        userId: user.id,
        secretKind: kind,
        secret,
        currentSecret: current,
      });
      setFields({});
      setMessage({ kind: 'ok', text: self ? t('auth.accounts.changed') : t('auth.accounts.saved') });
      onSaved?.();
    } catch (caught) {
      const error = describeAuthError(caught, t);
      setFields(error.fields);
      setMessage({ kind: 'error', text: error.message });
    } finally {
      setSecret('');
      setCurrent('');
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{title}</legend>
        {help && <p className="field-help">{help}</p>}
        <Field label={self ? t('auth.accounts.current') : t('auth.accounts.yours')} error={fields.currentSecret}>
          <input
            type="password"
            value={current}
            autoComplete="current-password"
            onChange={(e) => setCurrent(e.target.value)}
          />
        </Field>
        <SecretFields kind={kind} secret={secret} onKind={setKind} onSecret={setSecret} error={fields.secret} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('auth.accounts.save')}
          </button>
          <FormMessage message={message} />
        </div>
      </fieldset>
    </form>
  );
}
