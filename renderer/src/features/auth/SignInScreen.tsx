import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../shared/ipc/contract/auth';
import { useQuery } from '../../app/api';
import { AuthFrame } from './AuthFrame';
import { CredentialsForm } from './CredentialsForm';

export function SignInScreen({ onDone }: { onDone: (status: SessionStatus) => void }) {
  const { t } = useTranslation();
  const users = useQuery('users:list', {});
  return (
    <AuthFrame title={t('auth.signInTitle')}>
      <CredentialsForm
        channel="auth:sign-in"
        users={(users.data ?? []).filter((u) => u.active)}
        submitLabel={t('auth.signIn')}
        onDone={onDone}
      />
    </AuthFrame>
  );
}
