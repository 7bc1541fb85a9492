import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryKind, LibrarySearchResult } from '../../../../shared/ipc/contract/library';
import { ApiError, call } from '../../app/api';
import { CenterBadge, VerificationBadge } from './parts';
import { withColon } from '../../i18n/colon';
import { RegimenName } from '../../lib/clinicalText';

// Search as you type, results grouped by kind. Keyboard: the box is a combobox; ↓/↑ move through the results,
// Enter opens the highlighted one, Escape clears the highlight. A click opens a result too.

type SearchState =
  { kind: 'idle' } | { kind: 'done'; results: LibrarySearchResult[] } | { kind: 'failed'; message: string };

const GROUP_ORDER: readonly LibraryKind[] = ['drug', 'regimen', 'car-t', 'ctcae-term'];
const KIND_ICONS: Record<LibraryKind, string> = { drug: '℞', regimen: '▦', 'car-t': '❋', 'ctcae-term': '⚕' };

/** A regimen result's name and setting in the screen's language; other kinds as main writes them. */
function ResultText({ result, text }: { result: LibrarySearchResult; text: string }) {
  if (result.kind !== 'regimen') return <>{text}</>;
  return <RegimenName name={text} library={result.origin !== 'center'} />;
}

/** An answer that arrives after a newer keystroke's answer is dropped. */
export function useLibrarySearch(query: string, kinds?: readonly LibraryKind[]): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);
  const kindsKey = kinds?.join(',') ?? '';
  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') {
      setState({ kind: 'idle' });
      return;
    }
    const wanted = kindsKey === '' ? null : kindsKey.split(',');
    call('library:search', { query }).then(
      ({ results }) =>
        ticket === latest.current &&
        setState({ kind: 'done', results: wanted ? results.filter((r) => wanted.includes(r.kind)) : results }),
      (error: unknown) =>
        ticket === latest.current &&
        setState({ kind: 'failed', message: error instanceof ApiError ? error.message : String(error) }),
    );
  }, [query, kindsKey]);
  return state;
}

interface LibrarySearchProps {
  onOpen: (result: LibrarySearchResult) => void;
  selectedId?: string | null;
  label?: string;
  kinds?: readonly LibraryKind[];
  /** Empties the box once a result is chosen (pickers in forms); the library screen keeps its results. */
  clearOnOpen?: boolean;
  placeholder?: string;
}

export function LibrarySearch(props: LibrarySearchProps) {
  const { onOpen: openResult, selectedId = null, label, kinds, clearOnOpen = false, placeholder } = props;
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const state = useLibrarySearch(query, kinds);
  const results = state.kind === 'done' ? state.results : [];
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const onOpen = (result: LibrarySearchResult) => {
    openResult(result);
    if (clearOnOpen) setQuery('');
    setActive(-1);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.min(results.length - 1, Math.max(0, current + step)));
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      onOpen(results[active]);
    } else if (event.key === 'Escape') {
      setActive(-1);
    }
  }

  return (
    <div className="lib-search" role="search">
      <label htmlFor={`${id}-input`} className="lib-search-label">
        {label ?? t('library.searchLabel')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && results[active] ? optionId(active) : undefined}
        aria-describedby={`${id}-help`}
        value={query}
        placeholder={placeholder ?? t('library.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-help`} className="lib-help">
        {t('library.searchHelp')}
      </p>
      <p className="lib-search-status" aria-live="polite">
        {state.kind === 'idle' && t('library.startTyping')}
        {state.kind === 'done' &&
          (results.length === 0 ? t('library.noneFound') : t('library.found', { count: results.length }))}
        {state.kind === 'failed' && t('library.searchFailed', { message: state.message })}
      </p>
      <div id={listId} role="listbox" aria-label={t('library.resultsLabel')} className="lib-results">
        {GROUP_ORDER.map((kind) => {
          const inGroup = results
            .map((result, index) => ({ result, index }))
            .filter(({ result }) => result.kind === kind);
          if (inGroup.length === 0) return null;
          return (
            <div key={kind} role="group" aria-labelledby={`${id}-group-${kind}`} className="lib-group">
              <div id={`${id}-group-${kind}`} className="lib-group-title" role="presentation">
                <span aria-hidden="true">{KIND_ICONS[kind]} </span>
                {t(`library.kind.${kind}`)}
              </div>
              {inGroup.map(({ result, index }) => (
                <div
                  key={`${result.kind}:${result.id}`}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  aria-current={result.id === selectedId ? 'true' : undefined}
                  className={index === active ? 'lib-option lib-option-active' : 'lib-option'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onOpen(result)}
                >
                  <span className="lib-option-title">
                    {result.isLookAlike && (
                      <span className="lib-option-lookalike" title={t('library.lookAlike')}>
                        <span aria-hidden="true">⊘ </span>
                        <span className="lib-visually-hidden">{withColon(t('library.lookAlike'))} </span>
                      </span>
                    )}
                    <ResultText result={result} text={result.title} />
                  </span>
                  <span className="lib-option-subtitle">
                    <ResultText result={result} text={result.subtitle} />
                  </span>
                  <span className="lib-option-badges">
                    {result.origin === 'center' && <CenterBadge />}
                    <VerificationBadge verification={result.verification} />
                  </span>
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
