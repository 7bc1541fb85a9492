import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_MANAGED_ROLES, type UserSummary } from '../../../../../shared/ipc/contract/auth';
import { useMutation, useQuery } from '../../../app/api';
import { useSession } from '../session-context';
import { FormMessage, type Message } from './FormMessage';
import { NewAccountForm } from './NewAccountForm';
import { SecretForm } from './SecretForm';

/**
 * In Settings: every signed-in nurse changes her own password or PIN; charge nurses and administrators also
 * see the accounts, add them, reset a secret (which lifts a lockout) and deactivate or reactivate them.
 */
export function AccountsPanel() {
  const { t } = useTranslation();
  const { status } = useSession();
  const me = status.user;
  const isManager = me?.role === 'admin' || me?.role === 'charge-nurse';
  if (!me) return null;
  return (
    <section aria-labelledby="accounts-title" className="accounts">
      <h2 id="accounts-title">{t('auth.accounts.title')}</h2>
      <SecretForm user={me} self title={t('auth.accounts.mine')} />
      {isManager && <AccountList me={me} />}
    </section>
  );
}

function AccountList({ me }: { me: UserSummary }) {
  const { t } = useTranslation();
  const users = useQuery('users:list', {});
  const [resetFor, setResetFor] = useState<UserSummary | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const mayManage = (u: UserSummary) =>
    u.id !== me.id && (me.role === 'admin' || !ADMIN_MANAGED_ROLES.includes(u.role));

  const setActive = useMutation('users:set-active', { invalidates: ['users:list'] });

  async function toggle(u: UserSummary) {
    try {
      await setActive.run({ userId: u.id, active: !u.active });
      setMessage(null);
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <>
      <div className="audit-scroll">
        <table className="accounts-table">
          <thead>
            <tr>
              {(['name', 'initials', 'role', 'signIn', 'status', 'actions'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`auth.accounts.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(users.data ?? []).map((u) => (
              <tr key={u.id}>
                <td>{u.displayName}</td>
                <td>{u.initials}</td>
                <td>{t(`auth.role.${u.role}`)}</td>
                <td>{t(`auth.kind.${u.secretKind}`)}</td>
                <td>{u.active ? t('auth.accounts.active') : t('auth.accounts.inactive')}</td>
                <td className="accounts-actions">
                  {mayManage(u) && (
                    <>
                      <button
                        type="button"
                        className="button"
                        onClick={() => setResetFor(u)}
                        aria-label={t('auth.accounts.reset', { name: u.displayName })}
                      >
                        {t('auth.accounts.resetShort')}
                      </button>
                      <button type="button" className="button" onClick={() => void toggle(u)}>
                        {u.active
                          ? t('auth.accounts.deactivate', { name: u.displayName })
                          : t('auth.accounts.activate', { name: u.displayName })}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormMessage message={message} />
      {resetFor && (
        <SecretForm
          key={resetFor.id}
          user={resetFor}
          self={false}
          title={t('auth.accounts.resetTitle', { name: resetFor.displayName })}
          help={t('auth.accounts.resetHelp')}
          onSaved={() => setResetFor(null)}
        />
      )}
      <NewAccountForm isAdmin={me.role === 'admin'} />
    </>
  );
}
