import { useTranslation } from 'react-i18next';
import type { CtcaeTermDetail } from '../../../../../shared/ipc/contract/library';
import { ClinicalText } from '../../../lib/clinicalText';
import { Unverified } from '../parts';
import { withColon } from '../../../i18n/colon';

/**
 * The CTCAE v5.0 grade texts of one term as radio buttons (grades CTCAE marks "–" are not offered), with the
 * text's verification status from the library; the nurse's choice is the grade recorded.
 */
export function GradeDefinitions(props: {
  detail: CtcaeTermDetail;
  value: number | null;
  suggested?: number | null;
  onChange: (grade: number) => void;
  readOnly: boolean;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const { detail } = props;
  const texts = detail.gradeText?.grades;
  return (
    <fieldset className={`cs-grades${props.error ? ' field-invalid' : ''}`} data-testid="grade-definitions">
      <legend>{t('chairside.grade.legend', { term: detail.term.term, version: detail.ctcaeVersion })}</legend>
      <p className={`status ${detail.status === 'verified' ? 'status-ok' : 'status-warn'}`} data-testid="grade-status">
        <span aria-hidden="true">{detail.status === 'verified' ? '✓ ' : '⚠ '}</span>
        {t(`chairside.grade.status.${detail.status}`)}
      </p>
      {detail.gradeText?.navigationalNote && (
        <p className="field-help">
          <strong>{withColon(t('chairside.grade.navNote'))}</strong> {detail.gradeText.navigationalNote}
        </p>
      )}
      {/* The grade texts' own marks; undated sources are listed in the Library, not at the chair. */}
      {detail.gradeText && <Unverified items={detail.gradeText.unverified.filter((u) => !u.startsWith('sources.'))} />}
      {detail.allowedGrades.map((grade) => {
        const text = texts?.[grade as 1 | 2 | 3 | 4 | 5] ?? t('chairside.grade.noText');
        return (
          <label key={grade} className={`cs-grade${props.value === grade ? ' is-chosen' : ''}`}>
            <input
              type="radio"
              name={`grade-${detail.term.meddraCode}`}
              checked={props.value === grade}
              disabled={props.readOnly && props.value !== grade}
              onChange={() => !props.readOnly && props.onChange(grade)}
            />
            <span>
              <strong>
                {t('chairside.grade.grade', { grade })}
                {props.suggested === grade && ` — ${t('chairside.grade.suggested')}`}
              </strong>
              <span className="cs-grade-text">
                <ClinicalText text={text} />
              </span>
            </span>
          </label>
        );
      })}
      {props.error && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
