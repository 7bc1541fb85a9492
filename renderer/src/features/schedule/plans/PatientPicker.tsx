import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../../../shared/ipc/contract/patients';
import { call } from '../../../app/api';
import { Field } from '../../../components/Field';
import { plansHref } from '../route';

/** Finds a patient by MRN or name; an answer that arrives after a newer keystroke's is dropped. */
export function PatientPicker({ selectedId }: { selectedId: string | null }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PatientSummary[]>([]);
  const ticket = useRef(0);
  useEffect(() => {
    const mine = ++ticket.current;
    if (query.trim() === '') {
      setResults([]);
      return;
    }
    call('patients:search', { query }).then(
      (found) => mine === ticket.current && setResults(found),
      () => mine === ticket.current && setResults([]),
    );
  }, [query]);
  return (
    <div className="patient-search" role="search">
      <Field label={t('schedule.plans.findPatient')} help={t('schedule.plans.findHelp')}>
        <input type="search" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
      </Field>
      <ul className="patient-results">
        {results.map((p) => (
          <li key={p.id}>
            <a
              className="patient-result"
              href={plansHref(p.id)}
              aria-current={p.id === selectedId ? 'true' : undefined}
            >
              <span className="mrn">{p.mrn}</span>
              <span className="patient-result-name">
                {p.familyName.toLocaleUpperCase()}, {p.givenName}
              </span>
              <span className="patient-result-dob">{p.birthDate}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
