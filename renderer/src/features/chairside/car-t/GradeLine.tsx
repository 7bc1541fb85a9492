import { useTranslation } from 'react-i18next';
import type { Gradable } from '../../../../../shared/clinical';
import { gradeReasonWords } from './grade-words';

/**
 * A computed ASTCT grade, or "not gradable yet — enter …" naming the findings that could still change it
 * (never a grade 0 while they are missing), with the range of grades still possible.
 */
export function GradeLine({ label, result, testId }: { label: string; result: Gradable; testId: string }) {
  const { t, i18n } = useTranslation();
  if (result.status === 'incomplete') {
    const missing = result.missing.map((key) => t(`chairside.carT.missing.${key}`, { defaultValue: key })).join(', ');
    const what =
      missing === '' ? t('chairside.carT.checkValues', { label }) : t('chairside.carT.notGradable', { label, missing });
    return (
      <div className="cs-astct is-present" data-testid={testId} role="status">
        <p className="cs-astct-grade">
          <span aria-hidden="true">⚠ </span>
          {what}
        </p>
        <p className="field-help">
          {t('chairside.carT.stillPossible', { lowest: result.lowest, highest: result.highest })}
        </p>
      </div>
    );
  }
  const tone = result.grade >= 3 ? 'is-severe' : result.grade > 0 ? 'is-present' : 'is-none';
  return (
    <div className={`cs-astct ${tone}`} data-testid={testId}>
      <p className="cs-astct-grade">
        <span aria-hidden="true">{result.grade >= 3 ? '✖ ' : result.grade > 0 ? '⚠ ' : '✓ '}</span>
        {t('chairside.carT.gradeIs', { label, grade: result.grade })}
      </p>
      <Reason worded={gradeReasonWords(t, result, i18n.language)} english={result.reason} />
      <p className="field-help">{t('chairside.carT.astctSource')}</p>
    </div>
  );
}

/** The reason in the reader's words; a grade without the data to word it shows its sentence, marked English. */
function Reason({ worded, english }: { worded: string | null; english: string }) {
  if (worded !== null) return <p className="field-help">{worded}</p>;
  return (
    <p className="field-help" lang="en">
      {english}
    </p>
  );
}
