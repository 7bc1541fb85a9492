import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReactionVitals } from '../../../../../shared/charting/kinds-reaction';
import { VITAL_UNITS } from '../../../../../shared/charting/vitals';
import { NumberField, TimeField } from '../parts';

const FIELDS = ['temperatureC', 'heartRate', 'bpSystolic', 'bpDiastolic', 'respiratoryRate', 'spo2'] as const;
const EMPTY: ReactionVitals = {
  time: '',
  temperatureC: null,
  heartRate: null,
  bpSystolic: null,
  bpDiastolic: null,
  respiratoryRate: null,
  spo2: null,
};

/** Vital signs taken during the reaction, as a timed series (main refuses values outside the sanity limits). */
export function VitalsSeries(props: {
  series: ReactionVitals[];
  onChange: (series: ReactionVitals[]) => void;
  now: () => string | null;
  issues: Record<string, string>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [row, setRow] = useState<ReactionVitals>(EMPTY);
  const seriesIssue = Object.entries(props.issues).find(([path]) => path.startsWith('vitalsSeries'))?.[1];
  return (
    <fieldset className="cs-series">
      <legend>{t('chairside.reaction.vitals')}</legend>
      <div className="cs-table-wrap">
        <table className="cs-table" data-testid="vitals-series">
          <thead>
            <tr>
              <th scope="col">{t('chairside.reaction.time')}</th>
              {FIELDS.map((f) => (
                <th key={f} scope="col">
                  {t(`chairside.vital.${f}`)} ({VITAL_UNITS[f]})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.series.map((v, i) => (
              <tr key={i}>
                <th scope="row">{v.time}</th>
                {FIELDS.map((f) => (
                  <td key={f}>{v[f] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {seriesIssue && (
        <p className="field-error" role="alert">
          ⚠ {seriesIssue}
        </p>
      )}
      {!props.readOnly && (
        <div className="cs-grid">
          <TimeField
            label={t('chairside.reaction.time')}
            value={row.time || null}
            now={props.now}
            onChange={(time) => setRow({ ...row, time: time ?? '' })}
          />
          {FIELDS.map((f) => (
            <NumberField
              key={f}
              label={t(`chairside.vital.${f}`)}
              unit={VITAL_UNITS[f]}
              value={row[f]}
              onChange={(value) => setRow({ ...row, [f]: value })}
            />
          ))}
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={!row.time}
              onClick={() => {
                props.onChange([...props.series, row]);
                setRow(EMPTY);
              }}
            >
              {t('chairside.reaction.addVitals')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
