import { useTranslation } from 'react-i18next';
import { call } from '../../app/api';
import { flushDrafts, forgetUnsaved } from '../../app/drafts';
import { useSession } from './session-context';

/**
 * In the top bar: who is signed in, with Lock and Sign out (both save every open draft first); in setup mode,
 * the way to create the first account.
 */
export function SessionBar() {
  const { t } = useTranslation();
  const { status, apply, openFirstRun } = useSession();
  if (status.setupNeeded) {
    return (
      <div className="session-bar session-setup" role="region" aria-label={t('auth.createAdmin')}>
        <span>
          <span aria-hidden="true">⚠ </span>
          {t('auth.setupBanner')}
        </span>
        <button type="button" className="button" onClick={openFirstRun}>
          {t('auth.createAdmin')}
        </button>
      </div>
    );
  }
  if (!status.user) return null;
  return (
    <div className="session-bar">
      <span className="session-user" data-testid="session-user">
        {t('auth.signedInAs', { name: status.user.displayName, initials: status.user.initials })}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => void flushDrafts().then(() => call('auth:lock', {}).then(apply))}
      >
        {t('auth.lock')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() =>
          void flushDrafts()
            .then(() => call('auth:sign-out', {}))
            .then((next) => {
              forgetUnsaved();
              apply(next);
            })
        }
      >
        {t('auth.signOut')}
      </button>
    </div>
  );
}
