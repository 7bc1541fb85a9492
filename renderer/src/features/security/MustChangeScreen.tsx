import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/ipc/contract/auth';
import { AuthFrame } from '../auth';
import { SecretForm } from '../auth';
import { SESSION_CHANGED_EVENT } from '../auth';

/** After a reset by someone else: the nurse chooses her own secret before anything else is shown. */
export function MustChangeScreen({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  return (
    <AuthFrame title={t('security.mustChange.title')}>
      <p>{t('security.mustChange.intro')}</p>
      <SecretForm
        user={user}
        self
        title={t('security.mustChange.form')}
        onSaved={() => window.dispatchEvent(new Event(SESSION_CHANGED_EVENT))}
      />
    </AuthFrame>
  );
}
