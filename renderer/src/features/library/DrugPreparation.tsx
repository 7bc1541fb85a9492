import { useTranslation } from 'react-i18next';
import type { Drug } from '../../../../shared/clinical';
import { ClinicalText } from '../../lib/clinicalText';
import { unverifiedWithin } from './format';
import { Fact } from './parts';
import { withColon } from '../../i18n/colon';

// Preparation as the label gives it, and the labs wanted before every dose. A field the library lacks says
// "not in the library" with its UNVERIFIED mark, never a blank.

export function DrugPreparation({ drug }: { drug: Drug }) {
  const { t } = useTranslation();
  const { preparation: p } = drug;
  const value = (text: string | null) => (text ? <ClinicalText text={text} /> : <em>{t('library.notInLibrary')}</em>);
  return (
    <>
      <Fact label={t('library.fact.preparation')} unverified={unverifiedWithin(drug, 'preparation')}>
        <ul className="lib-bullets" data-testid="lib-preparation">
          <li>
            {withColon(t('library.prep.diluent'))} {value(p.diluent)}
          </li>
          <li>
            {withColon(t('library.prep.concentration'))} {value(p.finalConcentration)}
          </li>
          <li>
            {withColon(t('library.prep.storage'))} {value(p.storage)}
          </li>
          {p.notes.map((note) => (
            <li key={note}>
              <ClinicalText text={note} />
            </li>
          ))}
        </ul>
      </Fact>
      <Fact label={t('library.fact.labsBeforeEachDose')} unverified={unverifiedWithin(drug, 'labsBeforeEachDose')}>
        {drug.labsBeforeEachDose.length > 0 ? (
          drug.labsBeforeEachDose.map((lab, index) => (
            <span key={lab}>
              {index > 0 && ' · '}
              <ClinicalText text={lab} />
            </span>
          ))
        ) : (
          <em>{t('library.notInLibrary')}</em>
        )}
      </Fact>
    </>
  );
}
