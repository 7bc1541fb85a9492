import { useState } from 'react';
import type { PatientSummary } from '../../../../shared/ipc/contract/patients';
import type { FhirFormat, ReportRange } from '../../../../shared/ipc/contract/reports';
import { FHIR_PLACEHOLDER_HOST, FHIR_WORDS, type FhirWords } from '../../../../shared/reports/fhir-words';
import { fill, type ReportWords } from '../../../../shared/reports/words';
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
function ScopeChoice(props: { words: FhirWords; onePatient: boolean; onChange: (one: boolean) => void }) {
  const { words: f, onePatient, onChange } = props;
  return (
    <fieldset className="report-fhir-scope">
      <legend>{f.scope}</legend>
      <label className="choice">
        <input type="radio" name="fhir-scope" checked={!onePatient} onChange={() => onChange(false)} />
        {f.wholeCenter}
      </label>
      <label className="choice">
        <input type="radio" name="fhir-scope" checked={onePatient} onChange={() => onChange(true)} />
        {f.onePatient}
      </label>
    </fieldset>
  );
}

/** FHIR R4 for the hospital's systems: the range's records, for the center or one patient, as NDJSON or a Bundle. */
export function FhirExports({ range, w, language }: { range: ReportRange; w: ReportWords; language: 'en' | 'fr' }) {
  const f = FHIR_WORDS[language];
  const settings = useQuery('settings:get', {});
  const [onePatient, setOnePatient] = useState(false);
  const [patient, setPatient] = useState<PatientSummary | null>(null);
  const [wholeHistory, setWholeHistory] = useState(false);
  const placeholder = [settings.data?.fhirMrnSystem, settings.data?.fhirBaseUrl].some((v) =>
    v?.includes(FHIR_PLACEHOLDER_HOST),
  );
  const patientId = onePatient ? (patient?.id ?? null) : null;
  const blocked = onePatient && patientId === null;
  const saveWords = { ...w, saved: f.saved };
  const run = (format: FhirFormat) => () =>
    call('reports:export-fhir', { ...range, format, patientId, wholeHistory: onePatient && wholeHistory });
  return (
    <section className="report-section" aria-labelledby="report-fhir-title">
      <h2 id="report-fhir-title">{f.title}</h2>
      <p>{f.intro}</p>
      <p>{f.identifiers}</p>
      {placeholder && (
        <Alert tone="warn" role="note">
          {f.notSet}
        </Alert>
      )}
      <ScopeChoice words={f} onePatient={onePatient} onChange={setOnePatient} />
      {onePatient && <PatientChoice label={f.search} chosen={patient} onChoose={setPatient} />}
      {onePatient && (
        <label className="choice">
          <input type="checkbox" checked={wholeHistory} onChange={(e) => setWholeHistory(e.target.checked)} />
          {f.wholeHistory}
        </label>
      )}
      {onePatient && (
        <p role="status">{patient ? fill(f.chosen, { name: `${patient.givenName} ${patient.familyName}`, mrn: patient.mrn }) : f.choose}</p>
      )}
      {!blocked && (
        <ul className="report-exports">
          <li>
            <SaveAction label={f.ndjson} w={saveWords} run={run('ndjson')} />
          </li>
          <li>
            <SaveAction label={f.bundle} w={saveWords} run={run('bundle')} />
          </li>
        </ul>
      )}
    </section>
  );
}
