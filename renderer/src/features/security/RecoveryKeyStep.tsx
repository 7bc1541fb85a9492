import { useTranslation } from 'react-i18next';
import { AuthFrame } from '../auth';
import { RecoveryKeyNotice } from './RecoveryKeyNotice';

/** The first run's last step: the new administrator stores the recovery key before anything else. */
export function RecoveryKeyStep({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <AuthFrame title={t('security.recovery.title')} wide>
      <RecoveryKeyNotice onClose={onDone} />
    </AuthFrame>
  );
}
