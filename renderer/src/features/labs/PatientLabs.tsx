import { useTranslation } from 'react-i18next';
import { ANALYTES } from '../../../../shared/labs/analytes';
import { useQuery } from '../../app/api';
import { CsvImport } from './CsvImport';
import { LabEntry } from './LabEntry';
import { ResultsTable } from './ResultsTable';
import { TrendPlot } from './TrendPlot';

/**
 * One patient's labs: entry by hand or CSV, a trend plot per analyte, every result as typed. An entry or a void
 * invalidates the list (LAB_READS), which is asked again.
 */
export function PatientLabs({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const labs = useQuery('labs:list', { patientId });
  if (labs.error) return <p className="status status-error">{labs.error.message}</p>;
  if (!labs.data) return <p>{t('app.loading')}</p>;
  const { results, doses } = labs.data;
  const plotted = ANALYTES.filter(
    (a) => !a.isQualitative && results.some((r) => r.analyte === a.id && r.voided === null),
  );
  return (
    <div className="lab-patient">
      <LabEntry patientId={patientId} />
      <CsvImport patientId={patientId} />
      <div className="lab-plots">
        {plotted.map((a) => (
          <TrendPlot key={a.id} analyte={a.id} results={results.filter((r) => r.analyte === a.id)} doses={doses} />
        ))}
      </div>
      <ResultsTable results={results} />
    </div>
  );
}
