import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../../app/api';
import { Field } from '../../../components/Field';

export interface PickedTerm {
  meddraCode: string;
  term: string;
}

/** Search-as-you-type over all 837 CTCAE v5.0 terms (term, SOC or MedDRA code, accents ignored). */
export function CtcaeSearch({ onPick }: { onPick: (term: PickedTerm) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), 200);
    return () => window.clearTimeout(timer);
  }, [text]);
  const hits = useQuery('charting:search-ctcae', { query, limit: 12 });
  return (
    <div className="cs-search">
      <Field label={t('chairside.irae.search')} help={t('chairside.irae.searchHelp')}>
        <input type="search" value={text} autoComplete="off" onChange={(e) => setText(e.target.value)} />
      </Field>
      {query && (
        <ul className="cs-hits" aria-label={t('chairside.irae.results')} data-testid="ctcae-results">
          {(hits.data ?? []).map((h) => (
            <li key={h.meddraCode}>
              <button
                type="button"
                className="button cs-hit"
                onClick={() => onPick({ meddraCode: h.meddraCode, term: h.term })}
              >
                <strong>{h.term}</strong>{' '}
                <span className="muted">
                  {h.soc} · {h.meddraCode}
                </span>
                {!h.hasGradeText && <span className="muted"> · {t('chairside.irae.noGradeText')}</span>}
              </button>
            </li>
          ))}
          {hits.data?.length === 0 && <li className="muted">{t('chairside.irae.noHits')}</li>}
        </ul>
      )}
    </div>
  );
}
