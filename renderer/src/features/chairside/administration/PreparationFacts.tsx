import { useTranslation } from 'react-i18next';
import type { VisitDrug } from '../../../../../shared/ipc/contract/charting-visit';
import { ClinicalText } from '../../../lib/clinicalText';
import { Unverified } from '../parts';
import './preparation.css';
import { withColon } from '../../../i18n/colon';

// What the library says about preparing and giving this drug today: diluent, final concentration, how long the
// diluted bag may be kept, the in-line filter, the order of a combination day and the labs wanted before every
// dose, each with its UNVERIFIED marks and, at the end, where it comes from. A fact the library does not have
// says so: the nurse checks the label rather than read a blank as "nothing special".

/** One fact, or several library texts (the labs) each in the reader's language, joined by " · ". */
function Fact({ label, value, testId }: { label: string; value: string | readonly string[] | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="cs-prep-fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        {value === null ? (
          <em>{t('chairside.preparation.notInLibrary')}</em>
        ) : (
          (typeof value === 'string' ? [value] : value).map((text, i) => (
            <span key={text}>
              {i > 0 && ' · '}
              <ClinicalText text={text} />
            </span>
          ))
        )}
      </dd>
    </div>
  );
}

export function PreparationFacts({ drug }: { drug: VisitDrug }) {
  const { t } = useTranslation();
  const prep = drug.preparation;
  return (
    <section
      className="cs-prep"
      aria-label={t('chairside.preparation.title', { drug: drug.drugName })}
      data-testid={`preparation-${drug.drugId}`}
    >
      <h4>{t('chairside.preparation.title', { drug: drug.drugName })}</h4>
      {drug.sequence && (
        <p className="cs-prep-sequence" data-testid="sequence">
          <strong>{withColon(t('chairside.preparation.sequence'))}</strong> {drug.sequence.drugNames.join(' → ')}
          {drug.sequence.note && <span lang="en"> · {drug.sequence.note}</span>}
        </p>
      )}
      <dl className="cs-prep-facts">
        {prep && (
          <>
            <Fact label={t('chairside.preparation.diluent')} value={prep.diluent} testId="prep-diluent" />
            <Fact
              label={t('chairside.preparation.concentration')}
              value={prep.finalConcentration}
              testId="prep-concentration"
            />
            <Fact label={t('chairside.preparation.storage')} value={prep.storage} testId="prep-storage" />
          </>
        )}
        <Fact label={t('chairside.preparation.filter')} value={drug.filterText} testId="prep-filter" />
        {drug.labsBeforeEachDose.length > 0 && (
          <Fact label={t('chairside.preparation.labs')} value={drug.labsBeforeEachDose} testId="prep-labs" />
        )}
      </dl>
      {prep?.notes.map((note) => (
        <p key={note} className="field-help">
          <ClinicalText text={note} />
        </p>
      ))}
      <Unverified items={[...(prep?.unverified ?? []), ...drug.filterUnverified, ...drug.labsUnverified]} />
      {drug.sources.length > 0 && (
        <details className="cs-prep-sources">
          <summary>{t('chairside.preparation.sources', { count: drug.sources.length })}</summary>
          <ul lang="en">
            {drug.sources.map((s) => (
              <li key={`${s.title}-${s.url ?? ''}`}>
                {s.title}
                {s.revised && <> · {t('chairside.preparation.revised', { date: s.revised })}</>}
                {s.checked && <> · {t('chairside.preparation.checked', { date: s.checked })}</>}
                {s.url && <span className="cs-prep-url"> · {s.url}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
