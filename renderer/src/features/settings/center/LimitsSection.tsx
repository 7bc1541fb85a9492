import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterLimits } from '../../../../../shared/ipc/contract/center';
import { call } from '../../../app/api';
import { Field } from '../../../components/Field';
import { SaveStatus } from './parts';
import { useSave } from './useSave';

type Key = keyof CenterLimits;
type Draft = Record<Key, string>;

// REFERENCE §9: the ratio and the stagger are not published standards, and observation periods are center
// policy; each setting carries the note that says so, right under it.
const NOTES: Partial<Record<Key, 'ratioNote' | 'startsNote' | 'centerDefault' | 'observationNote'>> = {
  maxPatientsPerNurse: 'ratioNote',
  maxStartsPerNursePerSlot: 'startsNote',
  preAssessmentMinutes: 'centerDefault',
  postInfusionObservationMinutes: 'observationNote',
  firstDoseExtraObservationMinutes: 'observationNote',
};
const ORDER: Key[] = [
  'maxPatientsPerNurse',
  'maxStartsPerNursePerSlot',
  'slotMinutes',
  'preAssessmentMinutes',
  'postInfusionObservationMinutes',
  'firstDoseExtraObservationMinutes',
  'schedulingToleranceDays',
];

const toDraft = (l: CenterLimits): Draft => Object.fromEntries(ORDER.map((k) => [k, String(l[k])])) as Draft;

export function LimitsSection({ limits, onSaved }: { limits: CenterLimits; onSaved: () => void }) {
  const { t } = useTranslation();
  const save = useSave();
  const [draft, setDraft] = useState(() => toDraft(limits));
  useEffect(() => setDraft(toDraft(limits)), [limits]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Empty or non-numeric text becomes NaN, which the core refuses with the field named.
    const input = Object.fromEntries(
      ORDER.map((k) => [k, draft[k].trim() === '' ? Number.NaN : Number(draft[k])]),
    ) as CenterLimits;
    if (await save.run(() => call('center:save-limits', input))) onSaved();
  }

  return (
    <section aria-labelledby="center-limits" className="center-section">
      <h3 id="center-limits">{t('center.limits.title')}</h3>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {ORDER.map((key) => {
          const note = NOTES[key];
          return (
            <Field
              key={key}
              label={t(`center.limits.${key}`)}
              error={save.errors[key]}
              {...(note ? { help: `ℹ ${t(`center.limits.${note}`)}` } : {})}
            >
              <input
                inputMode="numeric"
                className="short-input"
                value={draft[key]}
                onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
              />
            </Field>
          );
        })}
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('center.limits.save')}
          </button>
          <SaveStatus message={save.message} />
        </div>
      </form>
    </section>
  );
}
