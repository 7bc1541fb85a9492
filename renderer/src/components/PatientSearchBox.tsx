import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSummary } from '../../../shared/ipc/contract/patients';
import { useQuery } from '../app/api';
import { formatDay } from '../lib/dates';
import { Field } from './Field';
import './patient-search.css';

interface PatientSearchBoxProps {
  label: string;
  help?: string;
  /** How many patients to show at most (main's default when absent). */
  limit?: number;
  selectedId?: string | null;
  /** Each result is a link to this address… */
  hrefOf?: (patient: PatientSummary) => string;
  /** …or a button that chooses the patient here. */
  onChoose?: (patient: PatientSummary) => void;
  /** Words shown when nothing matches (the screen may say what to do next). */
  noneFound?: string;
}

const SEARCH_MAX = 100;

/**
 * Arrow keys move between the box and the results as in any list of choices; Escape empties the box. Results are
 * links or buttons, so Enter opens or chooses the one that has the focus.
 */
function onListKeys(event: KeyboardEvent<HTMLElement>, box: HTMLInputElement | null, clear: () => void) {
  if (event.key === 'Escape' && box?.value) {
    event.preventDefault();
    clear();
    box.focus();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('.patient-result'));
  if (items.length === 0) return;
  event.preventDefault();
  const index = items.indexOf(document.activeElement as HTMLElement);
  const next = event.key === 'ArrowDown' ? Math.min(index + 1, items.length - 1) : index - 1;
  if (next < 0) box?.focus();
  else items[next]?.focus();
}

function ResultBody({ patient }: { patient: PatientSummary }) {
  const { i18n } = useTranslation();
  return (
    <>
      <span className="mrn">{patient.mrn}</span>
      <span className="patient-result-name">
        {patient.familyName.toLocaleUpperCase(i18n.language)}, {patient.givenName}
      </span>
      <span className="patient-result-dob">{formatDay(patient.birthDate, i18n.language)}</span>
    </>
  );
}

function SearchStatus(props: { query: string; count: number | undefined; error: string | null; noneFound?: string }) {
  const { t } = useTranslation();
  let words: ReactNode = null;
  if (props.query.trim() === '') words = t('field.patientSearch.startTyping');
  else if (props.error)
    words = <span className="status status-error">⚠ {t('field.patientSearch.failed', { message: props.error })}</span>;
  else if (props.count === 0) words = props.noneFound ?? t('field.patientSearch.noneFound');
  else if (props.count !== undefined) words = t('field.patientSearch.found', { count: props.count });
  return (
    <p className="search-status" role="status" aria-live="polite">
      {words}
    </p>
  );
}

/**
 * The one patient finder: searches main as the nurse types (MRN or name, accents and case ignored by main's
 * folded search keys), lists the matches as 44 px targets, and is used with the keyboard alone.
 */
export function PatientSearchBox(props: PatientSearchBoxProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const box = useRef<HTMLInputElement>(null);
  const asked = query.trim() !== '';
  const found = useQuery(
    'patients:search',
    { query, ...(props.limit ? { limit: props.limit } : {}) },
    { enabled: asked },
  );
  const results = asked ? (found.data ?? []) : [];
  return (
    <div className="patient-search" role="search" onKeyDown={(e) => onListKeys(e, box.current, () => setQuery(''))}>
      <Field label={props.label} {...(props.help ? { help: props.help } : {})}>
        <input
          ref={box}
          type="search"
          value={query}
          placeholder={t('field.patientSearch.placeholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={SEARCH_MAX}
          onChange={(e) => setQuery(e.target.value)}
        />
      </Field>
      <SearchStatus
        query={query}
        count={asked && found.data ? found.data.length : undefined}
        error={asked && found.error ? found.error.message : null}
        {...(props.noneFound ? { noneFound: props.noneFound } : {})}
      />
      {results.length > 0 && (
        <ul className="patient-results" aria-label={t('field.patientSearch.results')}>
          {results.map((p) => (
            <li key={p.id}>
              {props.hrefOf ? (
                <a
                  className="patient-result"
                  href={props.hrefOf(p)}
                  aria-current={p.id === props.selectedId ? 'true' : undefined}
                >
                  <ResultBody patient={p} />
                </a>
              ) : (
                <button
                  type="button"
                  className="patient-result"
                  aria-pressed={p.id === props.selectedId}
                  onClick={() => props.onChoose?.(p)}
                >
                  <ResultBody patient={p} />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
