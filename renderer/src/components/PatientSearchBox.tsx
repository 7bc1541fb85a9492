import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
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
  /** Choosing a patient opens this address… */
  hrefOf?: (patient: PatientSummary) => string;
  /** …or chooses the patient here. */
  onChoose?: (patient: PatientSummary) => void;
  /** Words shown when nothing matches (the screen may say what to do next). */
  noneFound?: string;
}

const SEARCH_MAX = 100;

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
 * The list's state and keys, as the WAI-ARIA 1.2 combobox pattern has them for an editable box with a listbox
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): the focus stays in the box, ArrowDown/ArrowUp move the
 * highlighted option (aria-activedescendant), Enter picks it, Escape closes the list and keeps the typed text;
 * Escape on a closed list empties the box.
 */
function useListKeys(results: readonly PatientSummary[], pick: (p: PatientSummary) => void, clear: () => void) {
  const [closed, setClosed] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = !closed && results.length > 0;
  const highlighted = expanded && active < results.length ? active : -1;
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const { key } = event;
    if (key === 'Escape') {
      event.preventDefault();
      if (expanded) setClosed(true);
      else clear();
    } else if (key === 'Enter' && highlighted >= 0) {
      event.preventDefault();
      pick(results[highlighted]!);
    } else if ((key === 'ArrowDown' || key === 'ArrowUp') && results.length > 0) {
      event.preventDefault();
      const last = results.length - 1;
      setClosed(false);
      if (key === 'ArrowDown') setActive(Math.min(highlighted + 1, last));
      else setActive(highlighted <= 0 ? last : highlighted - 1);
    }
  }
  /** New text: the list opens again with nothing highlighted. */
  function onTyped() {
    setClosed(false);
    setActive(-1);
  }
  return { expanded, highlighted, onKeyDown, onTyped };
}

function ResultOptions(props: {
  id: string;
  results: readonly PatientSummary[];
  expanded: boolean;
  highlighted: number;
  selectedId: string | null | undefined;
  pick: (p: PatientSummary) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul
      id={props.id}
      role="listbox"
      className="patient-results"
      aria-label={t('field.patientSearch.results')}
      hidden={!props.expanded}
    >
      {props.expanded &&
        props.results.map((p, index) => (
          <li
            key={p.id}
            id={`${props.id}-option-${index}`}
            role="option"
            aria-selected={index === props.highlighted}
            aria-current={p.id === props.selectedId ? 'true' : undefined}
            className="patient-result"
            // The focus stays in the box: a click picks without taking it away.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.pick(p)}
          >
            <ResultBody patient={p} />
          </li>
        ))}
    </ul>
  );
}

/**
 * The one patient finder, a combobox: searches main as the nurse types (MRN or name, accents and case ignored by
 * main's folded search keys) and lists the matches as 44 px options, used with the keyboard alone (useListKeys).
 * Picking a patient opens `hrefOf`, or calls `onChoose`.
 */
export function PatientSearchBox(props: PatientSearchBoxProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const listId = useId();
  const asked = query.trim() !== '';
  const found = useQuery(
    'patients:search',
    { query, ...(props.limit ? { limit: props.limit } : {}) },
    { enabled: asked },
  );
  const results = asked ? (found.data ?? []) : [];
  const pick = (patient: PatientSummary) => {
    if (props.hrefOf) window.location.assign(props.hrefOf(patient));
    else props.onChoose?.(patient);
  };
  const list = useListKeys(results, pick, () => setQuery(''));
  return (
    <div className="patient-search" role="search">
      <Field label={props.label} {...(props.help ? { help: props.help } : {})}>
        <input
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={list.expanded}
          aria-controls={listId}
          aria-activedescendant={list.highlighted >= 0 ? `${listId}-option-${list.highlighted}` : undefined}
          value={query}
          placeholder={t('field.patientSearch.placeholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={SEARCH_MAX}
          onChange={(e) => {
            setQuery(e.target.value);
            list.onTyped();
          }}
          onKeyDown={list.onKeyDown}
        />
      </Field>
      <SearchStatus
        query={query}
        count={asked && found.data ? found.data.length : undefined}
        error={asked && found.error ? found.error.message : null}
        {...(props.noneFound ? { noneFound: props.noneFound } : {})}
      />
      <ResultOptions
        id={listId}
        results={results}
        expanded={list.expanded}
        highlighted={list.highlighted}
        selectedId={props.selectedId}
        pick={pick}
      />
    </div>
  );
}
