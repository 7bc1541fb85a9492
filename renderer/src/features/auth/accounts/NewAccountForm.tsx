import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADMIN_MANAGED_ROLES,
  USER_ROLES,
  type SecretKind,
  type UserRole,
} from '../../../../../shared/ipc/contract/auth';
import { useMutation } from '../../../app/api';
import { Field } from '../../../components/Field';
import { describeAuthError } from '../errors';
import { FormMessage, type Message } from './FormMessage';
import { SecretFields } from './SecretFields';

const EMPTY = { displayName: '', initials: '', role: 'nurse' as UserRole, secretKind: 'pin' as SecretKind, secret: '' };

/**
 * A new nurse or charge nurse account; an administrator also creates administrators, prescribers and pharmacists.
 * The account list asks again once it is created.
 */
export function NewAccountForm({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>(null);
  const creating = useMutation('users:create', { invalidates: ['users:list'] });
  const update = (change: Partial<typeof EMPTY>) => setDraft({ ...draft, ...change });

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const created = await creating.run(draft);
      setDraft(EMPTY);
      setFields({});
      setMessage({ kind: 'ok', text: t('auth.accounts.created', { name: created.displayName }) });
    } catch (caught) {
      const error = describeAuthError(caught, t);
      setFields(error.fields);
      setMessage({ kind: 'error', text: error.message });
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{t('auth.accounts.add')}</legend>
        <Field label={t('auth.displayName')} error={fields.displayName}>
          <input value={draft.displayName} maxLength={80} onChange={(e) => update({ displayName: e.target.value })} />
        </Field>
        <Field label={t('auth.initials')} help={t('auth.initialsHelp')} error={fields.initials}>
          <input value={draft.initials} maxLength={5} onChange={(e) => update({ initials: e.target.value })} />
        </Field>
        <Field label={t('auth.accounts.role')} error={fields.role}>
          <select value={draft.role} onChange={(e) => update({ role: e.target.value as UserRole })}>
            {USER_ROLES.filter((r) => isAdmin || !ADMIN_MANAGED_ROLES.includes(r)).map((r) => (
              <option key={r} value={r}>
                {t(`auth.role.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <SecretFields
          kind={draft.secretKind}
          secret={draft.secret}
          onKind={(secretKind) => update({ secretKind })}
          onSecret={(secret) => update({ secret })}
          error={fields.secret}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={creating.pending}>
            {t('auth.accounts.create')}
          </button>
          <FormMessage message={message} />
        </div>
      </fieldset>
    </form>
  );
}
