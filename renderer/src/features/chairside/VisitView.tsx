import { useTranslation } from 'react-i18next';
import type { VisitContext } from '../../../../shared/ipc/contract/charting';
import { clockTime } from '../../../../shared/schedule/windows';
import { useQuery } from '../../app/api';
import { PatientBanner } from '../patients';
import { STATUS_ICONS } from '../schedule/display';
import { AdministrationTab } from './administration/AdministrationTab';
import { AssessmentTab } from './assessment/AssessmentTab';
import { CarTTab } from './car-t/CarTTab';
import { CheckInTab } from './check-in/CheckInTab';
import { HistoryTab } from './HistoryTab';
import { ReactionTab } from './reaction/ReactionTab';
import { chairsideHref, visitHref, VISIT_TABS, type VisitTab } from './route';
import { SideEffectsTab } from './side-effects/SideEffectsTab';
import { Steps } from './Steps';
import { ErrorLine } from './parts';

const GATED: ReadonlySet<VisitTab> = new Set(['assessment', 'administration', 'reaction']);

function doneTabs(context: VisitContext): Set<VisitTab> {
  const signed = (kind: string) => context.entries.some((e) => e.kind === kind && e.status === 'signed');
  const done = new Set<VisitTab>();
  if (context.checkIn) done.add('check-in');
  if (signed('assessment')) done.add('assessment');
  const admins = context.entries.filter((e) => e.kind === 'administration' && e.status === 'signed');
  if (admins.length >= context.drugs.length && context.drugs.length > 0) done.add('administration');
  return done;
}

function TabBody({ tab, context, reload }: { tab: VisitTab; context: VisitContext; reload: () => void }) {
  switch (tab) {
    case 'check-in':
      return <CheckInTab context={context} onCheckedIn={reload} />;
    case 'assessment':
      return <AssessmentTab context={context} onChanged={reload} />;
    case 'administration':
      return <AdministrationTab context={context} onChanged={reload} />;
    case 'reaction':
      return <ReactionTab context={context} onChanged={reload} />;
    case 'side-effects':
      return (
        <SideEffectsTab patientId={context.patientId} appointmentId={context.appointment.id} planId={context.plan.id} />
      );
    case 'car-t':
      return <CarTTab patientId={context.patientId} appointmentId={context.appointment.id} />;
    case 'history':
      return <HistoryTab patientId={context.patientId} appointmentId={context.appointment.id} />;
  }
}

/** One visit at the chairside: who (banner), where it stands (steps), and the step's form. */
export function VisitView({ appointmentId, tab }: { appointmentId: string; tab: VisitTab }) {
  const { t } = useTranslation();
  const context = useQuery('charting:context', { appointmentId });
  if (context.error) return <ErrorLine message={context.error.message} />;
  if (!context.data) return <p>{t('app.loading')}</p>;
  return <VisitBody context={context.data} tab={tab} reload={context.reload} />;
}

function VisitBody({ context: c, tab, reload }: { context: VisitContext; tab: VisitTab; reload: () => void }) {
  const { t } = useTranslation();
  const patient = useQuery('patients:get', { id: c.patientId });
  if (patient.error) return <ErrorLine message={patient.error.message} />;
  if (!patient.data) return <p>{t('app.loading')}</p>;
  const tabs = VISIT_TABS.filter((name) => name !== 'car-t' || c.plan.kind === 'car-t');
  const locked = c.checkIn ? new Set<VisitTab>() : GATED;
  const shown = locked.has(tab) ? 'check-in' : tab;
  const signedReactions = c.entries.filter((e) => e.kind === 'reaction' && e.status === 'signed').length;
  return (
    <>
      <div className="screen-actions">
        <a className="button link-button" href={chairsideHref()}>
          <span aria-hidden="true">←</span>
          {t('chairside.backToList')}
        </a>
      </div>
      {/* Keyed by the signed reactions, so the banner's reaction flag appears the moment one is signed. */}
      <PatientBanner key={`banner-${signedReactions}`} patient={patient.data} />
      <p className="cs-visit-line" data-testid="visit-line">
        {t('chairside.visitLine', {
          time: `${clockTime(c.appointment.start)}–${clockTime(c.appointment.end)}`,
          chair: c.appointment.chairName,
          regimen: c.plan.regimenName,
          cycle: c.appointment.cycle,
          dose: c.appointment.doseNumber,
        })}{' '}
        <span className={`status-chip status-${c.appointment.status}`}>
          <span aria-hidden="true">{STATUS_ICONS[c.appointment.status]} </span>
          {t(`schedule.status.${c.appointment.status}`)}
        </span>
      </p>
      <Steps
        tabs={tabs}
        current={shown}
        href={(name) => visitHref(c.appointment.id, name)}
        locked={locked}
        done={doneTabs(c)}
      />
      <section className="cs-tab" aria-labelledby="cs-tab-title">
        <h2 id="cs-tab-title">{t(`chairside.tab.${shown}`)}</h2>
        <TabBody key={`${shown}-${c.checkIn?.id ?? ''}`} tab={shown} context={c} reload={reload} />
      </section>
    </>
  );
}
