import { useTranslation } from 'react-i18next';
import { useQuery } from '../../../app/api';
import { ChairsSection } from './ChairsSection';
import { ClosuresSection } from './ClosuresSection';
import { InjectionPlacesSection } from './InjectionPlacesSection';
import { HoursSection } from './HoursSection';
import { LimitsSection } from './LimitsSection';
import { NursesSection } from './NursesSection';
import './center.css';
import { Alert } from '../../../components/Alert';

export type CenterPart = 'chairs' | 'hours' | 'staff' | 'limits';

/**
 * One part of the center setup, as Settings shows it: each section saves on its own, and its change invalidates
 * the setup (CENTER_SETUP_READS), which is asked again.
 */
export function CenterSetup({ part }: { part: CenterPart }) {
  const { t } = useTranslation();
  const setup = useQuery('center:get-setup', {});
  if (setup.error) {
    return <Alert>{setup.error.message}</Alert>;
  }
  if (!setup.data) return <p>{t('app.loading')}</p>;
  const { chairs, injectionPlaces, hours, closures, nurses, limits } = setup.data;
  return (
    <div className="center-setup">
      {part === 'chairs' && (
        <>
          <ChairsSection chairs={chairs} />
          <InjectionPlacesSection places={injectionPlaces} />
        </>
      )}
      {part === 'hours' && (
        <>
          <HoursSection hours={hours} />
          <ClosuresSection closures={closures} />
        </>
      )}
      {part === 'staff' && <NursesSection nurses={nurses} />}
      {part === 'limits' && <LimitsSection limits={limits} />}
    </div>
  );
}
