import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../../shared/ipc/contract/patients';
import { call } from '../../app/api';
import { Field } from '../../components/Field';
import { labsHref } from './route';

/** Search-as-you-type; each result opens that patient's labs. An answer older than the last keystroke is dropped. */
export function PatientFinder() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PatientSummary[]>([]);
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') return setResults([]);
    void call('patients:search', { query, limit: 10 }).then((found) => ticket === latest.current && setResults(found));
  }, [query]);
  return (
    <div role="search" className="labs-finder">
      <p>{t('labs.choosePatient')}</p>
      <Field label={t('labs.searchLabel')}>
        <input
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          onChange={(e) => setQuery(e.target.value)}
        />
      </Field>
      <ul className="patient-results">
        {results.map((p) => (
          <li key={p.id}>
            <a className="patient-result" href={labsHref(p.id)}>
              <span className="mrn">{p.mrn}</span>{' '}
              <span className="patient-result-name">
                {p.familyName.toLocaleUpperCase(i18n.language)}, {p.givenName}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
