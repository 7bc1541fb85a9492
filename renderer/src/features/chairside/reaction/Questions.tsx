import { useTranslation } from 'react-i18next';
import { suggestIrrGrade, type IrrQuestions } from '../../../../../shared/charting/kinds-reaction';
import { Radios } from '../parts';

const KEYS = ['lifeThreatening', 'interruptionOrTreatment', 'promptResponse'] as const;

/** Guided questions built from the CTCAE grade texts; the answer suggests a grade for the nurse to confirm. */
export function Questions(props: { questions: IrrQuestions; onChange: (q: IrrQuestions) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const { questions: q } = props;
  const suggested = suggestIrrGrade(q);
  const shown = KEYS.filter((key) => {
    if (key === 'interruptionOrTreatment') return q.lifeThreatening === false;
    if (key === 'promptResponse') return q.lifeThreatening === false && q.interruptionOrTreatment === true;
    return true;
  });
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
          value={q[key] === null ? null : q[key] ? 'yes' : 'no'}
          readOnly={props.readOnly}
          onChange={(answer) => props.onChange({ ...q, [key]: answer === 'yes' })}
        />
      ))}
      <p className={`status ${suggested ? 'status-warn' : 'muted'}`} data-testid="suggested-grade">
        <span aria-hidden="true">➜ </span>
        {suggested ? t('chairside.reaction.suggests', { grade: suggested }) : t('chairside.reaction.answerToSuggest')}
      </p>
    </div>
  );
}
