import { useTranslation } from 'react-i18next';
import type { LibrarySearchResult } from '../../../../shared/ipc/contract/library';
import { useQuery } from '../../app/api';
import { CarTDetail } from './CarTDetail';
import { CtcaeDetail } from './CtcaeDetail';
import { DrugDetail } from './DrugDetail';
import { LibrarySearch } from './LibrarySearch';
import { dayText } from './format';
import { Problem } from './parts';
import { RegimenDetail } from './RegimenDetail';
import { libraryHref, useLibrarySelection, type LibrarySelection } from './route';
import './library.css';
import './library-detail.css';

// The clinical library: what is shipped (version, date, review status), one search box, and the chosen
// record's facts with their sources and verification. The clinical content is shown in English as shipped.

function LibraryHeader() {
  const { t, i18n } = useTranslation();
  const info = useQuery('library:info', {});
  if (!info.data) return null;
  const { data } = info;
  return (
    <div className="lib-info">
      <p>
        {t('library.version', { version: data.libraryVersion, date: dayText(data.date, i18n.language) })} ·{' '}
        {t('library.ctcae', { version: data.ctcaeVersion })}
        {data.counts.overrides > 0 && <> · {t('library.overrideCount', { count: data.counts.overrides })}</>}
      </p>
      <p className="lib-review-status" role="note">
        <span aria-hidden="true">⚠ </span>
        <strong>{t('library.reviewStatus')}</strong> <span lang="en">{data.reviewStatus}</span>
      </p>
      {data.counts.overridesToReview > 0 && (
        <p className="status status-warn">
          <span aria-hidden="true">⚠ </span>
          {t('library.overridesToReview', { count: data.counts.overridesToReview })}
        </p>
      )}
      {i18n.language !== 'en' && <p className="notice">{t('library.englishContent')}</p>}
    </div>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <p>{t('app.loading')}</p>;
}

function DrugPane({ id }: { id: string }) {
  const q = useQuery('library:get-drug', { id });
  if (q.error) return <Problem text={q.error.message} />;
  return q.data && q.data.drug.id === id ? <DrugDetail data={q.data} /> : <Loading />;
}

function RegimenPane({ id }: { id: string }) {
  const q = useQuery('library:get-regimen', { id });
  if (q.error) return <Problem text={q.error.message} />;
  return q.data && q.data.regimen.id === id ? <RegimenDetail data={q.data} /> : <Loading />;
}

function CarTPane({ id }: { id: string }) {
  const q = useQuery('library:get-car-t', { id });
  if (q.error) return <Problem text={q.error.message} />;
  return q.data && q.data.product.id === id ? <CarTDetail data={q.data} /> : <Loading />;
}

function CtcaePane({ id }: { id: string }) {
  const q = useQuery('library:get-ctcae-term', { meddraCode: id });
  if (q.error) return <Problem text={q.error.message} />;
  return q.data && q.data.term.meddraCode === id ? <CtcaeDetail data={q.data} /> : <Loading />;
}

function DetailPane({ selection }: { selection: LibrarySelection | null }) {
  const { t } = useTranslation();
  if (selection === null) return <p className="notice">{t('library.choose')}</p>;
  switch (selection.kind) {
    case 'drug':
      return <DrugPane id={selection.id} />;
    case 'regimen':
      return <RegimenPane id={selection.id} />;
    case 'car-t':
      return <CarTPane id={selection.id} />;
    case 'ctcae-term':
      return <CtcaePane id={selection.id} />;
  }
}

export function LibraryScreen() {
  const { t } = useTranslation();
  const selection = useLibrarySelection();
  const open = (result: LibrarySearchResult) => {
    window.location.hash = libraryHref(result.kind, result.id);
    // Move to the record so a keyboard or screen-reader user lands on what they opened.
    requestAnimationFrame(() => document.getElementById('lib-detail-pane')?.focus());
  };
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">{t('library.title')}</h1>
      <LibraryHeader />
      <div className="lib-layout">
        <div className="lib-search-pane">
          <LibrarySearch onOpen={open} selectedId={selection?.id ?? null} />
        </div>
        <div id="lib-detail-pane" className="lib-detail-pane" tabIndex={-1} aria-live="polite">
          <DetailPane selection={selection} />
        </div>
      </div>
    </section>
  );
}
