import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus, UserSummary } from '../../../../shared/ipc/contract/auth';
import { useQuery } from '../../app/api';
import { AuthFrame } from './AuthFrame';
import { CredentialsForm } from './CredentialsForm';

/**
 * Replaces every screen while the workstation is locked. The signed-in nurse unlocks with her secret and
 * finds the same screen again; another nurse may sign in instead (the first is then signed out).
 */
export function LockScreen({ user, onDone }: { user: UserSummary; onDone: (status: SessionStatus) => void }) {
  const { t } = useTranslation();
  const [other, setOther] = useState(false);
  const users = useQuery('users:list', {});
  return (
    <AuthFrame title={t('auth.lockedTitle')}>
      <p className="lock-note">{t('auth.lockedBody', { name: user.displayName })}</p>
      {other ? (
        <CredentialsForm
          key="other"
          channel="auth:unlock"
          users={(users.data ?? []).filter((u) => u.active && u.id !== user.id)}
          submitLabel={t('auth.signIn')}
          onDone={onDone}
        />
      ) : (
        <CredentialsForm
          key="same"
          channel="auth:unlock"
          fixedUser={user}
          submitLabel={t('auth.unlockAs', { name: user.displayName })}
          onDone={onDone}
        />
      )}
      <button type="button" className="button button-link" onClick={() => setOther(!other)}>
        {other ? t('auth.backToUnlock') : t('auth.otherUser')}
      </button>
    </AuthFrame>
  );
}
