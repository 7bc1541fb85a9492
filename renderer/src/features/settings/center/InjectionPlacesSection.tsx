import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InjectionPlace } from '../../../../../shared/ipc/contract/injection';
import { useMutation } from '../../../app/api';
import { CENTER_SETUP_READS } from './center-reads';
import { Field } from '../../../components/Field';
import { ActiveBadge, SaveStatus } from './parts';
import { useSave } from './useSave';

interface Draft {
  name: string;
  capacity: string;
}

// Injection places are never deleted (bookings point at their seats): they are changed or taken out of service.
export function InjectionPlacesSection({ places }: { places: InjectionPlace[] }) {
  const { t } = useTranslation();
  const save = useSave();
  const saving = useMutation('center:save-injection-place', { invalidates: CENTER_SETUP_READS });
  const [editing, setEditing] = useState<string | null>(null);

  async function update(place: InjectionPlace, changes: Partial<InjectionPlace>) {
    if (await save.run(() => saving.run({ ...place, ...changes }))) setEditing(null);
  }

  return (
    <section aria-labelledby="center-injection" className="center-section">
      <h3 id="center-injection">{t('center.injection.title')}</h3>
      <p className="muted">{t('center.injection.intro')}</p>
      {places.length === 0 ? (
        <p>{t('center.injection.empty')}</p>
      ) : (
        <ul className="center-list" aria-label={t('center.injection.listLabel')}>
          {places.map((place) => (
            <li key={place.id} className="center-item">
              {editing === place.id ? (
                <PlaceForm
                  initial={place}
                  save={save}
                  onDone={(draft) => void update(place, draft)}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <PlaceLine
                  place={place}
                  onEdit={() => setEditing(place.id)}
                  onToggle={() => void update(place, { active: !place.active })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {editing === null && <AddPlaceForm save={save} />}
      <SaveStatus message={save.message} />
    </section>
  );
}

function PlaceLine(props: { place: InjectionPlace; onEdit: () => void; onToggle: () => void }) {
  const { place, onEdit, onToggle } = props;
  const { t } = useTranslation();
  const toggle = place.active ? t('center.injection.deactivate') : t('center.injection.activate');
  return (
    <>
      <span className="center-item-name">{place.name}</span>
      <span className="muted">{t('center.injection.capacityShown', { count: place.capacity })}</span>
      <ActiveBadge active={place.active} />
      <span className="center-item-actions">
        <button
          type="button"
          className="button"
          onClick={onEdit}
          aria-label={`${t('center.injection.edit')} ${place.name}`}
        >
          {t('center.injection.edit')}
        </button>
        <button type="button" className="button" aria-label={`${toggle}: ${place.name}`} onClick={onToggle}>
          {toggle}
        </button>
      </span>
    </>
  );
}

/** The capacity as typed: a whole number, or NaN so the core names the field (never a silent 0). */
const toInput = (draft: Draft) => ({
  name: draft.name,
  capacity: draft.capacity === '' ? NaN : Number(draft.capacity),
});

interface PlaceFormProps {
  initial: InjectionPlace | null;
  save: ReturnType<typeof useSave>;
  onDone: (input: { name: string; capacity: number }) => void;
  onCancel?: () => void;
}

function PlaceForm({ initial, save, onDone, onCancel }: PlaceFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>({ name: initial?.name ?? '', capacity: String(initial?.capacity ?? 1) });
  function submit(event: FormEvent) {
    event.preventDefault();
    onDone(toInput(draft));
  }
  const label = initial ? t('center.injection.editLabel', { name: initial.name }) : t('center.injection.name');
  return (
    <form className="center-add" onSubmit={submit} noValidate>
      <Field label={label} error={save.errors.name}>
        <input value={draft.name} maxLength={40} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </Field>
      <Field label={t('center.injection.capacity')} error={save.errors.capacity}>
        <input
          value={draft.capacity}
          inputMode="numeric"
          maxLength={2}
          onChange={(e) => setDraft({ ...draft, capacity: e.target.value.replace(/\D/g, '') })}
        />
      </Field>
      <button type="submit" className="button button-primary">
        {initial ? t('center.injection.save') : t('center.injection.add')}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('patients.cancel')}
        </button>
      )}
    </form>
  );
}

/** A fresh, empty form after each place added (a new key), the typed one kept after a refusal. */
function AddPlaceForm({ save }: { save: ReturnType<typeof useSave> }) {
  const [round, setRound] = useState(0);
  const saving = useMutation('center:save-injection-place', { invalidates: CENTER_SETUP_READS });
  const added = () => setRound(round + 1);
  return (
    <PlaceForm
      key={round}
      initial={null}
      save={save}
      onDone={(input) => void save.run(() => saving.run(input)).then((saved) => saved && added())}
    />
  );
}
