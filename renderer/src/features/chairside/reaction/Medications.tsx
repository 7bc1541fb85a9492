import { useTranslation } from 'react-i18next';
import { MED_ROUTES, MED_UNITS, type MedicationGiven } from '../../../../../shared/charting/kinds-reaction';
import { Field } from '../../../components/Field';
import { NumberField } from '../../../components/NumberField';
import { TextField, TimeField } from '../parts';

const emptyMedication = (time: string | null): MedicationGiven => ({
  name: '',
  dose: '',
  unit: 'mg',
  route: 'IV',
  time: time ?? '',
});

/**
 * Medications given for the reaction, each typed straight into the entry: name, dose exactly as typed (a
 * dose that is not a number yet stays as text and is refused when signing, never read as another number),
 * unit, route and time. Any line can be corrected or removed until the reaction is signed.
 */
export function Medications(props: {
  medications: MedicationGiven[];
  onChange: (medications: MedicationGiven[]) => void;
  now: () => string | null;
  issues: Record<string, string>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { medications, onChange } = props;
  const setLine = (index: number, change: Partial<MedicationGiven>) =>
    onChange(medications.map((m, i) => (i === index ? { ...m, ...change } : m)));
  const issue = (index: number, field: string) => props.issues[`medications.${index}.${field}`];
  return (
    <fieldset className="cs-meds" data-testid="medications">
      <legend>{t('chairside.reaction.medications')}</legend>
      {medications.length === 0 && <p className="muted">{t('chairside.reaction.noMedications')}</p>}
      {medications.map((m, index) => (
        <fieldset key={index} className="cs-series-row" data-testid={`medication-${index}`}>
          <legend>{m.name.trim() || t('chairside.series.medicationN', { n: index + 1 })}</legend>
          <div className="cs-grid">
            <TextField
              label={t('chairside.reaction.medName')}
              value={m.name}
              readOnly={props.readOnly}
              error={issue(index, 'name')}
              onChange={(name) => setLine(index, { name })}
            />
            <NumberField
              label={t('chairside.reaction.medDose')}
              unit={m.unit}
              rules={{ min: 0.001, max: 100_000, decimals: 3 }}
              value={m.dose === '' ? null : m.dose}
              readOnly={props.readOnly}
              error={issue(index, 'dose')}
              onChange={(dose) => setLine(index, { dose: dose ?? '' })}
            />
            <Field label={t('chairside.reaction.medUnit')}>
              <select
                value={m.unit}
                disabled={props.readOnly}
                onChange={(e) => setLine(index, { unit: e.target.value as MedicationGiven['unit'] })}
              >
                {MED_UNITS.map((u) => (
                  <option key={u}>{u}</option>
                ))}
              </select>
            </Field>
            <Field label={t('chairside.reaction.medRoute')}>
              <select
                value={m.route}
                disabled={props.readOnly}
                onChange={(e) => setLine(index, { route: e.target.value as MedicationGiven['route'] })}
              >
                {MED_ROUTES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </Field>
            <TimeField
              label={t('chairside.reaction.medTime')}
              value={m.time || null}
              now={props.now}
              readOnly={props.readOnly}
              error={issue(index, 'time')}
              onChange={(time) => setLine(index, { time: time ?? '' })}
            />
          </div>
          {!props.readOnly && (
            <button
              type="button"
              className="button"
              onClick={() => onChange(medications.filter((_, i) => i !== index))}
            >
              {t('chairside.series.removeMedication', {
                name: m.name.trim() || t('chairside.series.medicationN', { n: index + 1 }),
              })}
            </button>
          )}
        </fieldset>
      ))}
      {!props.readOnly && medications.length < 20 && (
        <button
          type="button"
          className="button"
          onClick={() => onChange([...medications, emptyMedication(props.now())])}
        >
          {t('chairside.reaction.addMedication')}
        </button>
      )}
    </fieldset>
  );
}
