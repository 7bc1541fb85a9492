import { useTranslation } from 'react-i18next';
import { IRR_SYMPTOMS, type ReactionDraft } from '../../../../../shared/charting/kinds-reaction';
import { Field } from '../../../components/Field';
import { Check } from '../parts';

interface SectionProps {
  payload: ReactionDraft;
  update: (change: Partial<ReactionDraft>) => void;
  readOnly: boolean;
}

/** What the nurse saw (the tick list is unverified against the medication guide), and in her own words. */
export function SymptomsSection({ payload: p, update, readOnly }: SectionProps) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('chairside.reaction.symptoms')}</legend>
      <p className="status status-warn">
        <span aria-hidden="true">⚠ </span>
        {t('chairside.reaction.symptomListUnverified')}
      </p>
      <div className="cs-grid">
        {IRR_SYMPTOMS.map((s) => (
          <Check
            key={s}
            label={t(`chairside.reaction.symptom.${s}`)}
            checked={p.symptoms.includes(s)}
            readOnly={readOnly}
            onChange={(on) => update({ symptoms: on ? [...p.symptoms, s] : p.symptoms.filter((x) => x !== s) })}
          />
        ))}
      </div>
      <Field label={t('chairside.reaction.symptomsText')}>
        <textarea
          value={p.symptomsText}
          readOnly={readOnly}
          onChange={(e) => update({ symptomsText: e.target.value })}
        />
      </Field>
    </fieldset>
  );
}
