import './schedule.css';
import { DayView } from './day/DayView';
import { PlansView } from './plans/PlansView';
import { PharmacyView } from './pharmacy/PharmacyView';
import { NurseBoardView } from './board/NurseBoardView';
import { TightenView } from './tighten/TightenView';
import { DowntimeButton } from '../security';
import { useScheduleView } from './route';
// Last, so the print rules override the screen rules they restyle.
import './print.css';

export function ScheduleScreen() {
  const view = useScheduleView();
  if (view.kind === 'pharmacy') return <PharmacyView date={view.date} />;
  if (view.kind === 'nurses') return <NurseBoardView date={view.date} />;
  if (view.kind === 'tighten') return <TightenView date={view.date} />;
  return view.kind === 'plans' ? (
    <PlansView patientId={view.patientId} />
  ) : (
    <>
      <DowntimeButton />
      <DayView date={view.date} />
    </>
  );
}
