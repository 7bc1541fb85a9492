import { useTranslation } from 'react-i18next';
import { IRR_SYMPTOMS, type ReactionPayload } from '../../../../../shared/charting/kinds-reaction';
import { Field } from '../../../components/Field';
import { Check, TimeField } from '../parts';
import { Medications } from './Medications';

interface SectionProps {
  payload: ReactionPayload;
  update: (change: Partial<ReactionPayload>) => void;
  readOnly: boolean;
}

/** What the nurse saw (the tick list is UNVERIFIED, REFERENCE §7.2), and in her own words. */
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

/** What was done: stopped (and when), slowed, medications with dose and time. */
export function ActionsSection(props: SectionProps & { issues: Record<string, string>; now: () => string | null }) {
  const { t } = useTranslation();
  const { payload: p, update, issues, now, readOnly } = props;
  return (
    <fieldset>
      <legend>{t('chairside.reaction.actions')}</legend>
      <Check
        label={t('chairside.reaction.stopped')}
        checked={p.stopped}
        readOnly={readOnly}
        onChange={(stopped) => update({ stopped, stoppedAt: stopped ? (p.stoppedAt ?? now()) : null })}
      />
      {p.stopped && (
        <TimeField
          label={t('chairside.reaction.stoppedAt')}
          value={p.stoppedAt}
          now={now}
          readOnly={readOnly}
          error={issues.stoppedAt}
          onChange={(stoppedAt) => update({ stoppedAt })}
        />
      )}
      <Check
        label={t('chairside.reaction.slowed')}
        checked={p.slowed}
        readOnly={readOnly}
        onChange={(slowed) => update({ slowed })}
      />
      <Medications
        medications={p.medications}
        now={now}
        readOnly={readOnly}
        onChange={(medications) => update({ medications })}
      />
    </fieldset>
  );
}
