import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDose } from '../../../../../shared/clinical/format';
import { MED_ROUTES, MED_UNITS, type MedicationGiven } from '../../../../../shared/charting/kinds-reaction';
import { Field } from '../../../components/Field';
import { NumberField, TextField, TimeField } from '../parts';

const EMPTY = {
  name: '',
  dose: null as number | null,
  unit: 'mg' as MedicationGiven['unit'],
  route: 'IV' as MedicationGiven['route'],
  time: null as string | null,
};

/** Medications given for the reaction, each with its dose (shown the safe way) and time. */
export function Medications(props: {
  medications: MedicationGiven[];
  onChange: (medications: MedicationGiven[]) => void;
  now: () => string | null;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const canAdd = draft.name.trim() !== '' && draft.dose !== null && draft.dose > 0 && draft.time !== null;
  return (
    <fieldset className="cs-meds">
      <legend>{t('chairside.reaction.medications')}</legend>
      {props.medications.length === 0 && <p className="muted">{t('chairside.reaction.noMedications')}</p>}
      <ul data-testid="medications">
        {props.medications.map((m, i) => (
          <li key={i}>
            {m.time} — <strong>{m.name}</strong> {formatDose(m.dose, m.unit)} {m.route}
            {!props.readOnly && (
              <button
                type="button"
                className="button"
                onClick={() => props.onChange(props.medications.filter((_, j) => j !== i))}
              >
                {t('chairside.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!props.readOnly && (
        <div className="cs-grid">
          <TextField
            label={t('chairside.reaction.medName')}
            value={draft.name}
            onChange={(name) => setDraft({ ...draft, name })}
          />
          <NumberField
            label={t('chairside.reaction.medDose')}
            unit={draft.unit}
            value={draft.dose}
            onChange={(dose) => setDraft({ ...draft, dose })}
          />
          <Field label={t('chairside.reaction.medUnit')}>
            <select
              value={draft.unit}
              onChange={(e) => setDraft({ ...draft, unit: e.target.value as MedicationGiven['unit'] })}
            >
              {MED_UNITS.map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          </Field>
          <Field label={t('chairside.reaction.medRoute')}>
            <select
              value={draft.route}
              onChange={(e) => setDraft({ ...draft, route: e.target.value as MedicationGiven['route'] })}
            >
              {MED_ROUTES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </Field>
          <TimeField
            label={t('chairside.reaction.medTime')}
            value={draft.time}
            now={props.now}
            onChange={(time) => setDraft({ ...draft, time })}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={!canAdd}
              onClick={() => {
                props.onChange([
                  ...props.medications,
                  { ...draft, name: draft.name.trim(), dose: draft.dose!, time: draft.time! },
                ]);
                setDraft(EMPTY);
              }}
            >
              {t('chairside.reaction.addMedication')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
