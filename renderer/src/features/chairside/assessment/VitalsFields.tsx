import { useTranslation } from 'react-i18next';
import {
  VITAL_FIELDS,
  VITAL_UNITS,
  flagVitals,
  vitalRules,
  type VitalFlagThresholds,
  type VitalsDraft,
} from '../../../../../shared/charting/vitals';
import { NumberField } from '../parts';

interface VitalsProps {
  vitals: VitalsDraft;
  onChange: (vitals: VitalsDraft) => void;
  thresholds: VitalFlagThresholds;
  thresholdsAreDefault: boolean;
  issues: Record<string, string>;
  readOnly: boolean;
}

/**
 * The vital signs, typed as text and kept as typed; a value outside its input-sanity limits is said beside
 * the field (and refused when signing), and one outside the center's thresholds is flagged, never refused:
 * colour, arrow icon and text.
 */
export function VitalsFields({ vitals, onChange, thresholds, thresholdsAreDefault, issues, readOnly }: VitalsProps) {
  const { t } = useTranslation();
  const flags = flagVitals(vitals, thresholds);
  return (
    <fieldset className="cs-vitals">
      <legend>{t('chairside.assessment.vitals')}</legend>
      <p className="field-help">
        {t(thresholdsAreDefault ? 'chairside.assessment.flagNoteDefault' : 'chairside.assessment.flagNoteCenter')}
      </p>
      <div className="cs-grid">
        {VITAL_FIELDS.map((field) => {
          const flag = flags.find((f) => f.field === field);
          return (
            <NumberField
              key={field}
              label={t(`chairside.vital.${field}`)}
              unit={VITAL_UNITS[field]}
              rules={vitalRules(field)}
              value={vitals[field]}
              readOnly={readOnly}
              error={issues[`vitals.${field}`]}
              onChange={(value) => onChange({ ...vitals, [field]: value })}
              after={
                flag && (
                  <p className="status status-warn cs-flag" data-testid={`flag-${field}`}>
                    <span aria-hidden="true">{flag.direction === 'high' ? '▲ ' : '▼ '}</span>
                    {t(`chairside.assessment.flag.${flag.direction}`, {
                      threshold: flag.threshold,
                      unit: VITAL_UNITS[field],
                    })}
                  </p>
                )
              }
            />
          );
        })}
      </div>
    </fieldset>
  );
}
