import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../../shared/ipc/contract/patients';
import { ApiError, call } from '../../app/api';
import { Field } from '../../components/Field';
import { formatDay } from './format';
import { patientHref } from './route';

type SearchState = { kind: 'idle' } | { kind: 'done'; results: PatientSummary[] } | { kind: 'failed'; message: string };

/** Searches on every keystroke; an answer that arrives after a newer keystroke's is dropped. */
function usePatientSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') {
      setState({ kind: 'idle' });
      return;
    }
    call('patients:search', { query }).then(
      (results) => ticket === latest.current && setState({ kind: 'done', results }),
      (error: unknown) =>
        ticket === latest.current &&
        setState({ kind: 'failed', message: error instanceof ApiError ? error.message : String(error) }),
    );
  }, [query]);
  return state;
}

/** Arrow keys move between the search box and the results, as in any list of choices. */
function moveFocus(event: KeyboardEvent<HTMLElement>, list: HTMLUListElement | null) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = Array.from(list?.querySelectorAll<HTMLAnchorElement>('a') ?? []);
  if (links.length === 0) return;
  event.preventDefault();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1;
  if (next < 0) document.querySelector<HTMLInputElement>('.patient-search input')?.focus();
  else links[next]?.focus();
}

export function PatientSearch({ selectedId }: { selectedId: string | null }) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const state = usePatientSearch(query);
  const listRef = useRef<HTMLUListElement>(null);
  const results = state.kind === 'done' ? state.results : [];

  return (
    <div className="patient-search" role="search" onKeyDown={(e) => moveFocus(e, listRef.current)}>
      <Field label={t('patients.searchLabel')} help={t('patients.searchHelp')}>
        <input
          type="search"
          value={query}
          placeholder={t('patients.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          onChange={(e) => setQuery(e.target.value)}
        />
      </Field>
      <p className="search-status" role="status" aria-live="polite">
        {state.kind === 'idle' && t('patients.startTyping')}
        {state.kind === 'done' &&
          (results.length === 0 ? t('patients.noneFound') : t('patients.found', { count: results.length }))}
        {state.kind === 'failed' && (
          <span className="status status-error">
            <span aria-hidden="true">⚠ </span>
            {t('patients.searchFailed', { message: state.message })}
          </span>
        )}
      </p>
      {results.length > 0 && (
        <ul className="patient-results" aria-label={t('patients.resultsLabel')} ref={listRef}>
          {results.map((p) => (
            <li key={p.id}>
              <a
                className="patient-result"
                href={patientHref(p.id)}
                aria-current={p.id === selectedId ? 'true' : undefined}
              >
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
