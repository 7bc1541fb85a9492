import { useTranslation } from 'react-i18next';
import { ClinicalText } from '../../lib/clinicalText';
import type { CtcaeTermDetail } from '../../../../shared/ipc/contract/library';
import { unverifiedLeftOver, unverifiedWithin } from './format';
import { Fact, Sources, UnverifiedMarks } from './parts';

// A CTCAE v5.0 term: definition, the grade texts the library transcribes from CTCAE v5.0 with their status,
// and the grades that may be recorded. Terms without grade text keep every grade allowed.

const STATUS_ICONS = { verified: '✓', 'partly-verified': '◐', unverified: '⚠', 'no-grade-text': '○' } as const;
const STATUS_CLASS = {
  verified: 'lib-badge-ok',
  'partly-verified': 'lib-badge-warn',
  unverified: 'lib-badge-warn',
  'no-grade-text': 'lib-badge-none',
} as const;
const GRADES = [1, 2, 3, 4, 5] as const;

export function CtcaeDetail({ data }: { data: CtcaeTermDetail }) {
  const { t } = useTranslation();
  const { term, gradeText, status } = data;
  return (
    <article className="lib-detail" aria-labelledby="lib-detail-title">
      <header className="lib-detail-header">
        <h2 id="lib-detail-title" lang="en">
          {term.term}
        </h2>
        <p className="lib-detail-sub">{t('library.ctcaeSub', { version: data.ctcaeVersion, code: term.meddraCode })}</p>
        <span className={`lib-badge ${STATUS_CLASS[status]}`}>
          <span aria-hidden="true">{STATUS_ICONS[status]} </span>
          {t(`library.ctcaeStatus.${status}`)}
        </span>
      </header>
      <dl className="lib-facts">
        <Fact label={t('library.fact.soc')}>
          <span lang="en">{term.soc}</span>
        </Fact>
        <Fact label={t('library.fact.definition')}>
          {term.definition === '' ? <em>{t('library.noDefinition')}</em> : <span lang="en">{term.definition}</span>}
        </Fact>
        <Fact label={t('library.fact.grades')} unverified={gradeText ? unverifiedWithin(gradeText, 'grades') : []}>
          {gradeText === null ? (
            <p>{t('library.noGradeText')}</p>
          ) : (
            <ol className="lib-grades">
              {GRADES.map((grade) => {
                const text = gradeText.grades[grade];
                return (
                  <li key={grade} className={text === null ? 'lib-grade lib-grade-none' : 'lib-grade'}>
                    <span className="lib-grade-number">{t('library.grade', { grade })}</span>
                    <span>{text === null ? t('library.gradeNotAvailable') : <ClinicalText text={text} />}</span>
                  </li>
                );
              })}
            </ol>
          )}
        </Fact>
        <Fact label={t('library.fact.allowedGrades')}>
          {data.allowedGrades.map((g) => t('library.grade', { grade: g })).join(', ')}
        </Fact>
        {gradeText?.navigationalNote && (
          <Fact label={t('library.fact.navigationalNote')} unverified={unverifiedWithin(gradeText, 'navigationalNote')}>
            <span lang="en">{gradeText.navigationalNote}</span>
          </Fact>
        )}
        {gradeText && gradeText.notes.length > 0 && (
          <Fact label={t('library.fact.notes')}>
            <ul className="lib-bullets">
              {gradeText.notes.map((note, index) => (
                <li key={note}>
                  <ClinicalText text={note} />
                  <UnverifiedMarks entries={unverifiedWithin(gradeText, `notes.${index}`)} />
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {gradeText && unverifiedLeftOver(gradeText, ['grades', 'navigationalNote', 'notes']).length > 0 && (
          <Fact
            label={t('library.fact.otherUnverified')}
            unverified={unverifiedLeftOver(gradeText, ['grades', 'navigationalNote', 'notes'])}
          >
            {null}
          </Fact>
        )}
      </dl>
      {gradeText ? <Sources sources={gradeText.sources} /> : <p className="lib-help">{t('library.termListSource')}</p>}
    </article>
  );
}
