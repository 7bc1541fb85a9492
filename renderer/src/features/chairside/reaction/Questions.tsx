import { useTranslation } from 'react-i18next';
import { type IrrQuestions } from '../../../../../shared/charting/kinds-reaction';
import { IRR_QUESTION_KEYS, gradeIrr } from '../../../../../shared/charting/irr-grade';
import { Radios } from '../parts';
import { tDynamic } from '../../../i18n';

/**
 * Guided questions built from the CTCAE grade texts; the answers suggest a grade for the nurse to confirm.
 * While an answer that could change the grade is missing, the suggestion says which, never a lower grade.
 */
export function Questions(props: { questions: IrrQuestions; onChange: (q: IrrQuestions) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const { questions: q } = props;
  const result = gradeIrr(q);
  const shown = IRR_QUESTION_KEYS.filter((key) => {
    if (key === 'lifeThreatening') return true;
    if (key === 'promptResponse') return q.lifeThreatening === false && q.interruptionOrTreatment === true;
    return q.lifeThreatening === false;
  });
  const missing =
    result.status === 'incomplete'
      ? result.missing.map((key) => tDynamic(`chairside.reaction.q.${key}`, key)).join(' · ')
      : '';
  return (
    <div className="cs-questions">
      {shown.map((key) => (
        <Radios
          key={key}
          inline
          legend={t(`chairside.reaction.q.${key}`)}
          options={[
            { value: 'yes', label: t('chairside.yes') },
            { value: 'no', label: t('chairside.no') },
          ]}
          value={q[key] === null || q[key] === undefined ? null : q[key] ? 'yes' : 'no'}
          readOnly={props.readOnly}
          onChange={(answer) => props.onChange({ ...q, [key]: answer === 'yes' })}
        />
      ))}
      <p className={`status ${result.status === 'graded' ? 'status-warn' : 'muted'}`} data-testid="suggested-grade">
        <span aria-hidden="true">➜ </span>
        {result.status === 'graded'
          ? t('chairside.reaction.suggests', { grade: result.grade })
          : t('chairside.reaction.answerMissing', { questions: missing })}
      </p>
    </div>
  );
}
