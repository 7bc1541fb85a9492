import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../../shared/ipc/contract/patients';
import type { FhirFormat, ReportRange } from '../../../../shared/ipc/contract/reports';
import { FHIR_PLACEHOLDER_HOST } from '../../../../shared/reports/fhir-placeholder';
import { call, useQuery } from '../../app/api';
import { Alert } from '../../components/Alert';
import { PatientSearchBox } from '../../components/PatientSearchBox';
import { SaveAction } from './SaveAction';

/** One patient to export, found by MRN or name. */
function PatientChoice(props: { label: string; chosen: PatientSummary | null; onChoose: (p: PatientSummary) => void }) {
  return (
    <div className="report-fhir-patient">
      <PatientSearchBox label={props.label} limit={8} selectedId={props.chosen?.id ?? null} onChoose={props.onChoose} />
    </div>
  );
}

/** The whole center, or one patient's records. */
function ScopeChoice(props: { onePatient: boolean; onChange: (one: boolean) => void }) {
  const { onePatient, onChange } = props;
  const { t } = useTranslation();
  return (
    <fieldset className="report-fhir-scope">
      <legend>{t('reports.fhir.scope')}</legend>
      <label className="choice">
        <input type="radio" name="fhir-scope" checked={!onePatient} onChange={() => onChange(false)} />
        {t('reports.fhir.wholeCenter')}
      </label>
      <label className="choice">
        <input type="radio" name="fhir-scope" checked={onePatient} onChange={() => onChange(true)} />
        {t('reports.fhir.onePatient')}
      </label>
    </fieldset>
  );
}

/** FHIR R4 for the hospital's systems: the range's records, for the center or one patient, as NDJSON or a Bundle. */
export function FhirExports({ range }: { range: ReportRange }) {
  const { t } = useTranslation();
  const settings = useQuery('settings:get', {});
  const [onePatient, setOnePatient] = useState(false);
  const [patient, setPatient] = useState<PatientSummary | null>(null);
  const [wholeHistory, setWholeHistory] = useState(false);
  const placeholder = [settings.data?.fhirMrnSystem, settings.data?.fhirBaseUrl].some((v) =>
    v?.includes(FHIR_PLACEHOLDER_HOST),
  );
  const patientId = onePatient ? (patient?.id ?? null) : null;
  const blocked = onePatient && patientId === null;
  const run = (format: FhirFormat) => () =>
    call('reports:export-fhir', { ...range, format, patientId, wholeHistory: onePatient && wholeHistory });
  return (
    <section className="report-section" aria-labelledby="report-fhir-title">
      <h2 id="report-fhir-title">{t('reports.fhir.title')}</h2>
      <p>{t('reports.fhir.intro')}</p>
      <p>{t('reports.fhir.identifiers')}</p>
      {placeholder && (
        <Alert tone="warn" role="note">
          {t('reports.fhir.notSet')}
        </Alert>
      )}
      <ScopeChoice onePatient={onePatient} onChange={setOnePatient} />
      {onePatient && <PatientChoice label={t('reports.fhir.search')} chosen={patient} onChoose={setPatient} />}
      {onePatient && (
        <label className="choice">
          <input type="checkbox" checked={wholeHistory} onChange={(e) => setWholeHistory(e.target.checked)} />
          {t('reports.fhir.wholeHistory')}
        </label>
      )}
      {onePatient && (
        <p role="status">{patient ? t('reports.fhir.chosen', { name: `${patient.givenName} ${patient.familyName}`, mrn: patient.mrn }) : t('reports.fhir.choose')}</p>
      )}
      {!blocked && (
        <ul className="report-exports">
          <li>
            <SaveAction label={t('reports.fhir.ndjson')} counts="resources" run={run('ndjson')} />
          </li>
          <li>
            <SaveAction label={t('reports.fhir.bundle')} counts="resources" run={run('bundle')} />
          </li>
        </ul>
      )}
    </section>
  );
}
