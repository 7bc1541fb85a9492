import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterLimits } from '../../../../../shared/ipc/contract/center';
import { useMutation } from '../../../app/api';
import { CENTER_SETUP_READS } from './center-reads';
import { NumberField, typedNumber } from '../../../components/NumberField';
import { SaveStatus } from './parts';
import { useSave } from './useSave';

type Key = keyof CenterLimits;
type Draft = Record<Key, string>;

// The ratio and the stagger are not published standards, and observation periods are center
// policy; each setting carries the note that says so, right under it.
const NOTES: Partial<Record<Key, 'ratioNote' | 'startsNote' | 'centerDefault' | 'observationNote'>> = {
  maxPatientsPerNurse: 'ratioNote',
  maxStartsPerNursePerSlot: 'startsNote',
  preAssessmentMinutes: 'centerDefault',
  postInfusionObservationMinutes: 'observationNote',
  firstDoseExtraObservationMinutes: 'observationNote',
  premedicationWaitMinutes: 'centerDefault',
};
const ORDER: Key[] = [
  'maxPatientsPerNurse',
  'maxStartsPerNursePerSlot',
  'slotMinutes',
  'preAssessmentMinutes',
  'postInfusionObservationMinutes',
  'firstDoseExtraObservationMinutes',
  'premedicationWaitMinutes',
  'schedulingToleranceDays',
];

/** Every limit is a whole number of patients, starts, minutes or days. */
const WHOLE = { integer: true } as const;

const toDraft = (l: CenterLimits): Draft => Object.fromEntries(ORDER.map((k) => [k, String(l[k])])) as Draft;

export function LimitsSection({ limits }: { limits: CenterLimits }) {
  const { t, i18n } = useTranslation();
  const save = useSave();
  const saving = useMutation('center:save-limits', { invalidates: CENTER_SETUP_READS });
  const [draft, setDraft] = useState(() => toDraft(limits));
  useEffect(() => setDraft(toDraft(limits)), [limits]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Read with the app's number parser; an empty field is sent as NaN, which the core refuses naming it.
    const values = ORDER.map((k) => [k, typedNumber(draft[k], i18n.language, WHOLE)] as const);
    if (values.some(([, v]) => v === 'invalid')) return;
    const input = Object.fromEntries(values.map(([k, v]) => [k, v ?? Number.NaN])) as CenterLimits;
    await save.run(() => saving.run(input));
  }

  return (
    <section aria-labelledby="center-limits" className="center-section">
      <h3 id="center-limits">{t('center.limits.title')}</h3>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {ORDER.map((key) => {
          const note = NOTES[key];
          return (
            <NumberField
              key={key}
              label={t(`center.limits.${key}`)}
              rules={WHOLE}
              value={draft[key]}
              error={save.errors[key]}
              className="short-number"
              help={note ? `ℹ ${t(`center.limits.${note}`)}` : undefined}
              onText={(text) => setDraft({ ...draft, [key]: text })}
            />
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
