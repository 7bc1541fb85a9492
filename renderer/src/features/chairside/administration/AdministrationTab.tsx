import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import type { VisitContext, VisitDrug } from '../../../../../shared/ipc/contract/charting-visit';
import { useQuery } from '../../../app/api';
import { DoubleCheckDialog } from './DoubleCheckDialog';
import { DrugCard } from './DrugCard';
import { WeightCheckNotice } from './WeightCheckNotice';

const drugOf = (e: ChartEntry) => e.payload.drugId;

/** What one drug's card shows: its record, the newest signed double check of it, the earlier drug it waits for. */
function cardOf(context: VisitContext, drug: VisitDrug) {
  const summaryOf = (drugId: string) => context.infusions.find((i) => i.drugId === drugId)!;
  const entry = context.entries.find((e) => e.kind === 'administration' && drugOf(e) === drug.drugId) ?? null;
  const checks = context.entries
    .filter((e) => e.kind === 'double-check' && e.status === 'signed')
    .sort((a, b) => (b.signedAt ?? '').localeCompare(a.signedAt ?? ''));
  const check = (entry && checks.find((c) => c.payload.administrationEntryId === entry.entryId)) ?? null;
  const waitsFor =
    context.drugs
      .filter((d) => d.order < drug.order)
      .find((d) => !['stopped', 'not-given'].includes(summaryOf(d.drugId).summary.state)) ?? null;
  return { entry, check, waitsFor, infusion: summaryOf(drug.drugId) };
}

/**
 * Every drug of the visit in the day's order (from the regimen): a combination starts one drug at a time. The
 * double check's dialog is held here, not in the drug's card: the card is keyed by its record, which the visit
 * read brings back once the check is signed, and the dialog must stay to show the check's results.
 */
export function AdministrationTab({ context }: { context: VisitContext }) {
  const { t } = useTranslation();
  const [checking, setChecking] = useState<{ drug: VisitDrug; entryId: string } | null>(null);
  const patient = useQuery('patients:get', { id: context.patientId });
  const patientLabel = patient.data
    ? `${patient.data.familyName.toUpperCase()}, ${patient.data.givenName} · ${patient.data.mrn}`
    : '';
  return (
    <>
      <WeightCheckNotice check={context.weightCheck} />
      {context.drugs.length > 1 && (
        <p className="notice" data-testid="order-notice">
          {t('chairside.admin.orderNotice', { drugs: context.drugs.map((d) => d.drugName).join(' → ') })}
        </p>
      )}
      {context.drugs.map((drug) => {
        const card = cardOf(context, drug);
        return (
          <DrugCard
            key={`${drug.drugId}-${card.entry?.id ?? 'new'}`}
            context={context}
            drug={drug}
            {...card}
            onDoubleCheck={(entryId) => setChecking({ drug, entryId })}
          />
        );
      })}
      {checking && (
        <DoubleCheckDialog
          drug={checking.drug}
          patientLabel={patientLabel}
          choices={context.drugChoices}
          patientId={context.patientId}
          appointmentId={context.appointment.id}
          administrationEntryId={checking.entryId}
          onClose={() => setChecking(null)}
        />
      )}
    </>
  );
}
