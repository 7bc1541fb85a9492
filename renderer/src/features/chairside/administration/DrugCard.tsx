import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { allMatch, EMPTY_BAG, type FieldCheck } from '../../../../../shared/charting/bag';
import type { AdministrationDraft } from '../../../../../shared/charting/kinds-visit';
import type { InfusionEvent, InfusionSummary } from '../../../../../shared/charting/infusion';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import type { VisitContext, VisitDrug } from '../../../../../shared/ipc/contract/charting-visit';
import { EntryFooter } from '../EntryFooter';
import { Unverified } from '../parts';
import { useEntry } from '../useEntry';
import { AdminFields } from './AdminFields';
import { BagFields } from './BagFields';
import { CheckResults } from './CheckResults';
import { InfusionControls } from './InfusionControls';
import { InfusionStatus } from './InfusionStatus';
import { PreparationFacts } from './PreparationFacts';
import { drugDoseText } from '../../../lib/doses';

interface CardProps {
  context: VisitContext;
  drug: VisitDrug;
  entry: ChartEntry | null;
  /** The newest signed double check of this drug's record, if any. */
  check: ChartEntry | null;
  /** The drug given before this one on the day, while it has not ended. */
  waitsFor: VisitDrug | null;
  infusion: { summary: InfusionSummary; events: InfusionEvent[] };
  /** Opens the blind double check of this drug's saved record (the tab holds the dialog, see AdministrationTab). */
  onDoubleCheck: (administrationEntryId: string) => void;
}

const emptyFor = (drug: VisitDrug, premedication: string): AdministrationDraft => ({
  drugId: drug.drugId,
  drugName: drug.drugName,
  order: drug.order,
  doseMg: drug.doseMg,
  doseText: drug.doseText,
  route: drug.route,
  bag: EMPTY_BAG,
  line: null,
  site: '',
  filterUsed: null,
  premedication,
  notes: '',
});

/** Why the drug cannot start yet, in the order a nurse would fix it; null when it can. */
function startBlock(props: CardProps, bagChanged: boolean, unsaved: boolean, t: TFunction) {
  const { context, check, waitsFor } = props;
  if (context.phase !== 'assessed' && context.phase !== 'infusing') return t('chairside.infusion.blocked.assessment');
  if (context.release.status !== 'released') return t(`chairside.infusion.blocked.${context.release.status}`);
  if (context.weightCheck.status === 'needs-fresh-weight') return t('chairside.infusion.blocked.weight');
  if (waitsFor) return t('chairside.admin.waitsFor', { drug: waitsFor.drugName });
  if (unsaved) return t('chairside.infusion.blocked.unsaved');
  if (!check) return t('chairside.infusion.blocked.noCheck');
  if (!allMatch((check.payload.checks ?? []) as FieldCheck[])) return t('chairside.infusion.blocked.mismatch');
  if (bagChanged) return t('chairside.infusion.blocked.changed');
  return null;
}

/** One drug of the visit: the first nurse's record, the blind double check, the infusion and its actions. */
export function DrugCard(props: CardProps) {
  const { context, drug, entry, check, infusion } = props;
  const { t } = useTranslation();
  const handle = useEntry<AdministrationDraft>({
    kind: 'administration',
    patientId: context.patientId,
    appointmentId: context.appointment.id,
    initial: entry,
    formKey: drug.drugId,
    empty: emptyFor(drug, context.premedication.join(' ')),
  });
  const { payload: p, update, issues, readOnly } = handle;
  const started = infusion.summary.state !== 'not-started';
  const bagChanged = check !== null && JSON.stringify(check.payload.firstReading) !== JSON.stringify(p.bag);
  const blocked = startBlock(props, bagChanged, handle.unsaved, t);
  const ended = infusion.summary.state === 'stopped' || infusion.summary.state === 'not-given';
  const bagIssues = Object.fromEntries(
    Object.entries(issues).flatMap(([path, message]) => (path.startsWith('bag.') ? [[path.slice(4), message]] : [])),
  );
  return (
    <article className="cs-drug" aria-labelledby={`drug-${drug.drugId}`} data-testid={`drug-${drug.drugId}`}>
      <h3 id={`drug-${drug.drugId}`}>
        {drug.order}. {drug.drugName} — {drugDoseText(drug)} {drug.route}
      </h3>
      <InfusionStatus summary={infusion.summary} expectedMinutes={drug.infusionMinutes} />
      {drug.infusionText && <p className="field-help">{t('chairside.admin.library', { text: drug.infusionText })}</p>}
      <Unverified items={drug.infusionUnverified} />
      <PreparationFacts drug={drug} />
      <BagFields
        legend={t('chairside.bag.first')}
        reading={p.bag ?? EMPTY_BAG}
        choices={context.drugChoices}
        issues={bagIssues}
        readOnly={readOnly || started}
        testId="bag-first"
        onChange={(bag) => update({ bag })}
      />
      <AdminFields drug={drug} payload={p} update={update} issues={issues} readOnly={readOnly} />
      <div className="cs-check-state" data-testid="double-check-state">
        <CheckResults check={check} stale={bagChanged} />
        {!readOnly && !started && (
          <button
            type="button"
            className="button"
            onClick={() => void handle.saveNow().then((saved) => saved && props.onDoubleCheck(saved.entryId))}
          >
            {t('chairside.admin.doubleCheck')}
          </button>
        )}
      </div>
      <InfusionControls
        context={context}
        drug={drug}
        summary={infusion.summary}
        events={infusion.events}
        startBlocked={blocked}
        ensureRecord={async () => (await handle.saveNow()) !== null}
      />
      {/* The record is signed once the drug has ended: its times are read from the infusion then. */}
      <EntryFooter handle={handle} signLabel={t('chairside.admin.sign')} {...(ended ? {} : { signButton: <></> })} />
    </article>
  );
}
