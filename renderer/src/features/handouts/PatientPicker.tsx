import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../../shared/ipc/contract/patients';
import { ApiError, call } from '../../app/api';
import { Field } from '../../components/Field';
import { formatDay } from '../patients';
import { handoutsHref } from './route';

type Found = { kind: 'idle' } | { kind: 'done'; results: PatientSummary[] } | { kind: 'failed'; message: string };

/** Search-as-you-type; an answer that arrives after a newer keystroke's is dropped. */
function useSearch(query: string): Found {
  const [found, setFound] = useState<Found>({ kind: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') {
      setFound({ kind: 'idle' });
      return;
    }
    call('patients:search', { query, limit: 10 }).then(
      (results) => ticket === latest.current && setFound({ kind: 'done', results }),
      (error: unknown) =>
        ticket === latest.current &&
        setFound({ kind: 'failed', message: error instanceof ApiError ? error.message : String(error) }),
    );
  }, [query]);
  return found;
}

/** Finds the patient to print for; each result opens the screen for that patient. */
export function PatientPicker() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const found = useSearch(query);
  const results = found.kind === 'done' ? found.results : [];
  return (
    <div className="handout-picker" role="search">
      <p>{t('handouts.choosePatient')}</p>
      <Field label={t('handouts.searchLabel')} help={t('handouts.searchHelp')}>
        <input
          type="search"
          value={query}
          placeholder={t('handouts.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          onChange={(e) => setQuery(e.target.value)}
        />
      </Field>
      <p className="search-status" role="status" aria-live="polite">
        {found.kind === 'done' && results.length === 0 && t('handouts.noneFound')}
        {found.kind === 'failed' && (
          <span className="status status-error">
            <span aria-hidden="true">⚠ </span>
            {found.message}
          </span>
        )}
      </p>
      {results.length > 0 && (
        <ul className="patient-results" aria-label={t('handouts.resultsLabel')}>
          {results.map((p) => (
            <li key={p.id}>
              <a className="patient-result" href={handoutsHref(p.id)}>
                <span className="mrn">{p.mrn}</span>
                <span className="patient-result-name">
                  {p.familyName.toLocaleUpperCase(i18n.language)}, {p.givenName}
                </span>
                <span className="patient-result-dob">{formatDay(p.birthDate, i18n.language)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
