import { useTranslation } from 'react-i18next';
import { SERIES_VITALS, type ReactionVitals } from '../../../../../shared/charting/kinds-reaction';
import { VITAL_UNITS, vitalRules } from '../../../../../shared/charting/vitals';
import { NumberField } from '../../../components/NumberField';
import { TimeField } from '../parts';

const emptyRow = (time: string | null): ReactionVitals => ({
  time: time ?? '',
  temperatureC: null,
  heartRate: null,
  bpSystolic: null,
  bpDiastolic: null,
  respiratoryRate: null,
  spo2: null,
});

/**
 * Vital signs taken during the reaction, one set per time. Every set is typed straight into the entry (so
 * the draft keeps it as typed) and can be corrected or removed until the reaction is signed; a value outside
 * the input-sanity limits is said beside its field, and refused only when signing.
 */
export function VitalsSeries(props: {
  series: ReactionVitals[];
  onChange: (series: ReactionVitals[]) => void;
  now: () => string | null;
  issues: Record<string, string>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { series, onChange } = props;
  const setRow = (index: number, row: ReactionVitals) => onChange(series.map((r, i) => (i === index ? row : r)));
  return (
    <fieldset className="cs-series" data-testid="vitals-series">
      <legend>{t('chairside.reaction.vitals')}</legend>
      {series.length === 0 && <p className="muted">{t('chairside.series.noVitals')}</p>}
      {series.map((row, index) => (
        <fieldset key={index} className="cs-series-row" data-testid={`vitals-row-${index}`}>
          <legend>{t('chairside.series.vitalsAt', { time: row.time || '—' })}</legend>
          <div className="cs-grid">
            <TimeField
              label={t('chairside.reaction.time')}
              value={row.time || null}
              now={props.now}
              readOnly={props.readOnly}
              error={props.issues[`vitalsSeries.${index}.time`]}
              onChange={(time) => setRow(index, { ...row, time: time ?? '' })}
            />
            {SERIES_VITALS.map((f) => (
              <NumberField
                key={f}
                label={t(`chairside.vital.${f}`)}
                unit={VITAL_UNITS[f]}
                rules={vitalRules(f)}
                value={row[f]}
                readOnly={props.readOnly}
                error={props.issues[`vitalsSeries.${index}.${f}`]}
                onChange={(value) => setRow(index, { ...row, [f]: value })}
              />
            ))}
          </div>
          {!props.readOnly && (
            <button type="button" className="button" onClick={() => onChange(series.filter((_, i) => i !== index))}>
              {t('chairside.series.removeVitals', { time: row.time || '—' })}
            </button>
          )}
        </fieldset>
      ))}
      {!props.readOnly && series.length < 30 && (
        <button type="button" className="button" onClick={() => onChange([...series, emptyRow(props.now())])}>
          {t('chairside.reaction.addVitals')}
        </button>
      )}
    </fieldset>
  );
}
