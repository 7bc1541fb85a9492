import { useTranslation } from 'react-i18next';
import type { ReadyChecklist as Ready } from '../../../../../shared/charting/kinds-visit';
import { Check, Radios, TextField, TimeField } from '../parts';

export const EMPTY_READY: Ready = {
  labsReviewed: false,
  consentOnFile: false,
  educationGiven: false,
  premedication: null,
  premedicationTime: null,
  premedicationText: '',
};

/** Ready to treat: labs reviewed, consent on file, education given, premedication (with its time). */
export function ReadyChecklist(props: {
  ready: Ready;
  premedication: readonly string[];
  onChange: (ready: Ready) => void;
  now: () => string | null;
  issues: Record<string, string>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { ready, onChange, readOnly } = props;
  const isReady = ready.labsReviewed && ready.consentOnFile && ready.educationGiven && ready.premedication !== null;
  return (
    <fieldset className="cs-ready">
      <legend>{t('chairside.assessment.ready')}</legend>
      {(['labsReviewed', 'consentOnFile', 'educationGiven'] as const).map((key) => (
        <Check
          key={key}
          label={t(`chairside.assessment.${key}`)}
          checked={ready[key]}
          readOnly={readOnly}
          onChange={(checked) => onChange({ ...ready, [key]: checked })}
        />
      ))}
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
      <p className={`status ${isReady ? 'status-ok' : 'status-warn'}`} data-testid="ready-state">
        <span aria-hidden="true">{isReady ? '✓ ' : '☐ '}</span>
        {t(isReady ? 'chairside.assessment.isReady' : 'chairside.assessment.notReady')}
      </p>
    </fieldset>
  );
}
