import { useTranslation } from 'react-i18next';
import {
  ORGAN_SYSTEMS,
  SYMPTOM_SCREEN,
  screenKey,
  type ScreenItem,
} from '../../../../../shared/charting/symptom-screen';
import { tDynamic } from '../../../i18n';
import { Radios } from '../parts';

type Answers = Record<string, 'yes' | 'no'>;

// Keys put together from the screen's items: their words exist in both languages (SymptomScreenWords, checked by
// tsc, and the catalogue test), so the fallback is never seen.
const itemWords = (item: ScreenItem) =>
  tDynamic(`chairside.symptomScreen.organ.${item.organ}.item.${item.id}`, screenKey(item));

/** The immune-related symptom screen by organ (Keytruda Medication Guide wording, paraphrased by organ), one yes/no per item. */
export function SymptomScreen(props: {
  answers: Answers;
  onChange: (answers: Answers) => void;
  issues: Record<string, string>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const yesNo = [
    { value: 'yes' as const, label: t('chairside.yes') },
    { value: 'no' as const, label: t('chairside.no') },
  ];
  const yesCount = Object.values(props.answers).filter((a) => a === 'yes').length;
  return (
    <fieldset className="cs-screen">
      <legend>{t('chairside.assessment.screen')}</legend>
      <p className="field-help">
        {t('chairside.assessment.screenSource', { source: t('chairside.symptomScreen.source') })}
      </p>
      {yesCount > 0 && (
        <p className="status status-warn" data-testid="screen-yes">
          <span aria-hidden="true">⚠ </span>
          {t('chairside.assessment.screenYes', { count: yesCount })}
        </p>
      )}
      {ORGAN_SYSTEMS.map((organ) => {
        const items = SYMPTOM_SCREEN.filter((i) => i.organ === organ);
        const organName = t(`chairside.symptomScreen.organ.${organ}.name`);
        return (
          <section key={organ} className="cs-organ" aria-label={organName}>
            <h4>{organName}</h4>
            {!props.readOnly && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  const next = { ...props.answers };
                  for (const item of items) next[screenKey(item)] ??= 'no';
                  props.onChange(next);
                }}
              >
                {t('chairside.assessment.restNo', { organ: organName })}
              </button>
            )}
            {items.map((item) => (
              <Radios
                key={item.id}
                inline
                legend={itemWords(item)}
                options={yesNo}
                value={props.answers[screenKey(item)]}
                readOnly={props.readOnly}
                error={props.issues[`screen.${screenKey(item)}`]}
                onChange={(value) => props.onChange({ ...props.answers, [screenKey(item)]: value })}
              />
            ))}
          </section>
        );
      })}
    </fieldset>
  );
}
