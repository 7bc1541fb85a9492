import { useTranslation } from 'react-i18next';
import type { VisitContext } from '../../../../shared/ipc/contract/charting-visit';
import { clockTime } from '../../../../shared/schedule/windows';
import { useQuery } from '../../app/api';
import { PatientBanner } from '../patients';
import { ConsentBanner } from '../labs';
import { AdministrationTab } from './administration/AdministrationTab';
import { AssessmentTab } from './assessment/AssessmentTab';
import { CarTTab } from './car-t/CarTTab';
import { CheckInTab } from './check-in/CheckInTab';
import { HistoryTab } from './HistoryTab';
import { ReactionTab } from './reaction/ReactionTab';
import { chairsideHref, visitHref, VISIT_TABS, type VisitTab } from './route';
import { SideEffectsTab } from './side-effects/SideEffectsTab';
import { Steps } from './Steps';
import { PhaseChip, VisitActions } from './VisitActions';
import { ErrorLine } from './parts';
import { useRegimenName } from '../../lib/clinicalText';

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

/** Administration stays closed until the assessment is signed (main refuses a start before it anyway). */
function lockedTabs(context: VisitContext): Set<VisitTab> {
  if (!context.checkIn) return new Set(GATED);
  const assessed = context.entries.some((e) => e.kind === 'assessment' && e.status === 'signed');
  return assessed ? new Set() : new Set<VisitTab>(['administration']);
}

function TabBody({ tab, context }: { tab: VisitTab; context: VisitContext }) {
  switch (tab) {
    case 'check-in':
      return <CheckInTab context={context} />;
    case 'assessment':
      return <AssessmentTab context={context} />;
    case 'administration':
      return <AdministrationTab context={context} />;
    case 'reaction':
      return <ReactionTab context={context} />;
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

/**
 * One visit at the chairside: who (banner), where it stands (steps), and the step's form. Every change made on
 * its tabs invalidates the visit's read (CHART_READS), so the visit asks main again without a reload by hand.
 */
export function VisitView({ appointmentId, tab }: { appointmentId: string; tab: VisitTab }) {
  const { t } = useTranslation();
  const context = useQuery('charting:context', { appointmentId });
  if (context.error) return <ErrorLine message={context.error.message} />;
  if (!context.data) return <p>{t('app.loading')}</p>;
  return <VisitBody context={context.data} tab={tab} />;
}

function VisitBody({ context: c, tab }: { context: VisitContext; tab: VisitTab }) {
  const { t } = useTranslation();
  const regimenName = useRegimenName();
  const patient = useQuery('patients:get', { id: c.patientId });
  if (patient.error) return <ErrorLine message={patient.error.message} />;
  if (!patient.data) return <p>{t('app.loading')}</p>;
  const tabs = VISIT_TABS.filter((name) => name !== 'car-t' || c.plan.kind === 'car-t');
  const locked = lockedTabs(c);
  const shown = locked.has(tab) ? 'check-in' : tab;
  return (
    <>
      <div className="screen-actions">
        <a className="button link-button" href={chairsideHref()}>
          <span aria-hidden="true">←</span>
          {t('chairside.backToList')}
        </a>
      </div>
      {/* Its reaction flag (charting:alerts) asks again when a reaction is signed: CHART_READS. */}
      <PatientBanner patient={patient.data} />
      <ConsentBanner planId={c.plan.id} date={c.appointment.date} />
      <p className="cs-visit-line" data-testid="visit-line">
        {t('chairside.visitLine', {
          time: `${clockTime(c.appointment.start)}–${clockTime(c.appointment.end)}`,
          chair: c.appointment.chairName,
          regimen: regimenName(c.plan.regimenName),
          cycle: c.appointment.cycle,
          dose: c.appointment.doseNumber,
        })}{' '}
        <PhaseChip phase={c.phase} observationEnds={c.observationEnds} />
      </p>
      <VisitActions context={c} />
      <Steps
        tabs={tabs}
        current={shown}
        href={(name) => visitHref(c.appointment.id, name)}
        locked={locked}
        done={doneTabs(c)}
      />
      <section className="cs-tab" aria-labelledby="cs-tab-title">
        <h2 id="cs-tab-title">{t(`chairside.tab.${shown}`)}</h2>
        <TabBody key={`${shown}-${c.checkIn?.id ?? ''}`} tab={shown} context={c} />
      </section>
    </>
  );
}
