import { useTranslation } from 'react-i18next';
import { useQuery } from '../../../app/api';
import { ChairsSection } from './ChairsSection';
import { ClosuresSection } from './ClosuresSection';
import { HoursSection } from './HoursSection';
import { LimitsSection } from './LimitsSection';
import { NursesSection } from './NursesSection';
import './center.css';

/** The Center setup part of Settings: each section saves on its own and the whole setup reloads after. */
export function CenterSetup() {
  const { t } = useTranslation();
  const setup = useQuery('center:get-setup', {});
  return (
    <section aria-labelledby="center-setup" className="center-setup">
      <h2 id="center-setup">{t('center.title')}</h2>
      <p>{t('center.intro')}</p>
      {setup.error && (
        <p className="status status-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {setup.error.message}
        </p>
      )}
      {!setup.data ? (
        !setup.error && <p>{t('app.loading')}</p>
      ) : (
        <>
          <ChairsSection chairs={setup.data.chairs} onSaved={setup.reload} />
          <HoursSection hours={setup.data.hours} onSaved={setup.reload} />
          <ClosuresSection closures={setup.data.closures} onSaved={setup.reload} />
          <NursesSection nurses={setup.data.nurses} onSaved={setup.reload} />
          <LimitsSection limits={setup.data.limits} onSaved={setup.reload} />
        </>
      )}
    </section>
  );
}
