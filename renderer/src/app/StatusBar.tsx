import { useTranslation } from 'react-i18next';
import { useQuery } from './api';
import { withColon } from '../i18n/colon';

export function StatusBar() {
  const { t } = useTranslation();
  const info = useQuery('system:info', {});
  return (
    <footer className="statusbar" role="contentinfo">
      {info.data ? (
        <>
          <span data-testid="app-version">{t('app.version', { version: info.data.appVersion })}</span>
          <span data-testid="db-path" title={info.data.databasePath}>
            {t('app.database', { path: info.data.databasePath })}
          </span>
        </>
      ) : info.error ? (
        <span className="status status-error">
          <span aria-hidden="true">⚠ </span>
          {withColon(t('status.error'))} {info.error.code}
        </span>
      ) : (
        <span>{t('app.loading')}</span>
      )}
    </footer>
  );
}
