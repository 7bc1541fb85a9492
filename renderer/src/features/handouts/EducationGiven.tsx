import { useTranslation } from 'react-i18next';
import type { EducationRecord } from '../../../../shared/ipc/contract/handouts';
import { useQuery } from '../../app/api';
import './handouts.css';

/** "27 Nov 2026, 09:30": date and 24-hour time in the nurse's language. */
function givenAt(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

export function EducationLine({ record }: { record: EducationRecord }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  return (
    <>
      {t('handouts.educationLine', {
        sheets: record.sheets.map((s) => s.names[language]).join(' + '),
        language: t(`handouts.languageName.${record.language}`),
        date: givenAt(record.givenAt, language),
        nurse: record.nurseName,
      })}{' '}
      <span className="muted">({t(`handouts.delivery.${record.delivery}`)})</span>
    </>
  );
}

/**
 * The patient's latest "education given" chart lines, newest first, for the chart page and the handouts screen;
 * a handout printed or saved asks again (useHandoutActions invalidates the read).
 */
export function EducationGiven({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const records = useQuery('handouts:education-given', { patientId, limit: 3 });
  return (
    <section className="education-given" aria-label={t('handouts.educationLabel')} data-testid="education-given">
      {records.error ? null : records.data && records.data.length > 0 ? (
        <ul>
          {records.data.map((record) => (
            <li key={record.id}>
              <span aria-hidden="true" className="education-icon">
                ✓
              </span>{' '}
              <EducationLine record={record} />
            </li>
          ))}
        </ul>
      ) : (
        records.data && <p className="muted">{t('handouts.educationNone')}</p>
      )}
    </section>
  );
}
