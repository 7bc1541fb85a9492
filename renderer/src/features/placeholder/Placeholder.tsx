import { useTranslation } from 'react-i18next';
import type { Screen } from '../../app/routes';

export function Placeholder({ screen }: { screen: Exclude<Screen, 'settings'> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t(`nav.${screen}`)}</h1>
      <p className="notice">
        <span aria-hidden="true">ℹ </span>
        <strong>{t('app.coming')}.</strong> {t('app.comingBody', { what: t(`placeholder.${screen}`) })}
      </p>
    </section>
  );
}
