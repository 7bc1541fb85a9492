import { useTranslation } from 'react-i18next';
import type { ReadyChecklist as Ready } from '../../../../../shared/charting/kinds-visit';
import { Radios, TextField, TimeField } from '../parts';

// The premedication part of the assessment. The old "labs reviewed / consent on file / education given" ticks
// are gone: the Ready-to-treat panel below works those out from the recorded labs, consent and education, and a
// tick beside it could say the opposite. Premedication (given or not, at what time, what) is only recorded here.

export const EMPTY_READY: Ready = {
  premedication: null,
  premedicationTime: null,
  premedicationText: '',
};

export function PremedicationFields(props: {
  ready: Ready;
  premedication: readonly string[];
  onChange: (ready: Ready) => void;
  now: () => string | null;
  issues: Record<string, string>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { ready, onChange, readOnly } = props;
  return (
    <div className="cs-ready">
      {props.premedication.length > 0 && (
        <p className="field-help">{t('chairside.assessment.planPremed', { text: props.premedication.join(' ') })}</p>
      )}
      <Radios
        legend={t('chairside.assessment.premedication')}
        inline
        options={[
          { value: 'given', label: t('chairside.assessment.premedGiven') },
          { value: 'not-required', label: t('chairside.assessment.premedNotRequired') },
        ]}
        value={ready.premedication}
        readOnly={readOnly}
        error={props.issues['ready.premedication']}
        onChange={(premedication) => onChange({ ...ready, premedication })}
      />
      {ready.premedication === 'given' && (
        <>
          <TimeField
            label={t('chairside.assessment.premedTime')}
            value={ready.premedicationTime}
            now={props.now}
            readOnly={readOnly}
            error={props.issues['ready.premedicationTime']}
            onChange={(premedicationTime) => onChange({ ...ready, premedicationTime })}
          />
          <TextField
            label={t('chairside.assessment.premedWhat')}
            value={ready.premedicationText}
            readOnly={readOnly}
            onChange={(premedicationText) => onChange({ ...ready, premedicationText })}
          />
        </>
      )}
    </div>
  );
}
