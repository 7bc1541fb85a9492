import { useTranslation } from 'react-i18next';
import {
  VITAL_FIELDS,
  VITAL_UNITS,
  flagVitals,
  type VitalFlagThresholds,
  type Vitals,
} from '../../../../../shared/charting/vitals';
import { NumberField } from '../parts';

interface VitalsProps {
  vitals: Vitals;
  onChange: (vitals: Vitals) => void;
  thresholds: VitalFlagThresholds;
  thresholdsAreDefault: boolean;
  issues: Record<string, string>;
  readOnly: boolean;
}

/**
 * The vital signs, each refused by main outside its input-sanity limits (the error names the field) and
 * flagged, never refused, outside the center's thresholds: colour, arrow icon and text.
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
