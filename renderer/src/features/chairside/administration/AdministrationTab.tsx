import { useTranslation } from 'react-i18next';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import type { VisitContext } from '../../../../../shared/ipc/contract/charting';
import { useQuery } from '../../../app/api';
import { DrugCard } from './DrugCard';

const drugOf = (e: ChartEntry) => e.payload.drugId;

/** Every drug of the visit in the day's order (from the regimen): a combination starts one drug at a time. */
export function AdministrationTab({ context, onChanged }: { context: VisitContext; onChanged: () => void }) {
  const { t } = useTranslation();
  const patient = useQuery('patients:get', { id: context.patientId });
  const admins = context.entries.filter((e) => e.kind === 'administration');
  const checks = context.entries.filter((e) => e.kind === 'double-check' && e.status === 'signed');
  const patientLabel = patient.data
    ? `${patient.data.familyName.toUpperCase()}, ${patient.data.givenName} · ${patient.data.mrn}`
    : '';
  return (
    <>
      {context.drugs.length > 1 && (
        <p className="notice" data-testid="order-notice">
          {t('chairside.admin.orderNotice', { drugs: context.drugs.map((d) => d.drugName).join(' → ') })}
        </p>
      )}
      {context.drugs.map((drug) => {
        const entry = admins.find((e) => drugOf(e) === drug.drugId) ?? null;
        const check =
          checks
            .filter((c) => entry && c.payload.administrationEntryId === entry.entryId)
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
        const earlier = context.drugs.filter((d) => d.order < drug.order);
        const waitsFor = earlier.find((d) => !admins.find((e) => drugOf(e) === d.drugId)?.payload.stopTime) ?? null;
        return (
          <DrugCard
            key={`${drug.drugId}-${entry?.id ?? 'new'}`}
            context={context}
            drug={drug}
            entry={entry}
            check={check}
            waitsFor={waitsFor}
            patientLabel={patientLabel}
            onChanged={onChanged}
          />
        );
      })}
    </>
  );
}
