import { useTranslation } from 'react-i18next';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import type { VisitContext } from '../../../../../shared/ipc/contract/charting-visit';
import { useQuery } from '../../../app/api';
import { DrugCard } from './DrugCard';
import { WeightCheckNotice } from './WeightCheckNotice';

const drugOf = (e: ChartEntry) => e.payload.drugId;

/** Every drug of the visit in the day's order (from the regimen): a combination starts one drug at a time. */
export function AdministrationTab({ context, onChanged }: { context: VisitContext; onChanged: () => void }) {
  const { t } = useTranslation();
  const patient = useQuery('patients:get', { id: context.patientId });
  const admins = context.entries.filter((e) => e.kind === 'administration');
  const checks = context.entries
    .filter((e) => e.kind === 'double-check' && e.status === 'signed')
    .sort((a, b) => (b.signedAt ?? '').localeCompare(a.signedAt ?? ''));
  const patientLabel = patient.data
    ? `${patient.data.familyName.toUpperCase()}, ${patient.data.givenName} · ${patient.data.mrn}`
    : '';
  const summaryOf = (drugId: string) => context.infusions.find((i) => i.drugId === drugId)!;
  return (
    <>
      <WeightCheckNotice check={context.weightCheck} />
      {context.drugs.length > 1 && (
        <p className="notice" data-testid="order-notice">
          {t('chairside.admin.orderNotice', { drugs: context.drugs.map((d) => d.drugName).join(' → ') })}
        </p>
      )}
      {context.drugs.map((drug) => {
        const entry = admins.find((e) => drugOf(e) === drug.drugId) ?? null;
        const check = (entry && checks.find((c) => c.payload.administrationEntryId === entry.entryId)) ?? null;
        const earlier = context.drugs.filter((d) => d.order < drug.order);
        const waitsFor =
          earlier.find((d) => !['stopped', 'not-given'].includes(summaryOf(d.drugId).summary.state)) ?? null;
        return (
          <DrugCard
            key={`${drug.drugId}-${entry?.id ?? 'new'}`}
            context={context}
            drug={drug}
            entry={entry}
            check={check}
            waitsFor={waitsFor}
            infusion={summaryOf(drug.drugId)}
            patientLabel={patientLabel}
            onChanged={onChanged}
          />
        );
      })}
    </>
  );
}
