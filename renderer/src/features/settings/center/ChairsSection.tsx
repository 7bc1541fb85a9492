import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAIR_KINDS, type CenterChair } from '../../../../../shared/ipc/contract/center';
import { useMutation } from '../../../app/api';
import { CENTER_SETUP_READS } from './center-reads';
import { Field } from '../../../components/Field';
import { ActiveBadge, SaveStatus } from './parts';
import { useSave } from './useSave';

type Kind = CenterChair['kind'];

// Chairs are never deleted (bookings point at them): they are renamed or taken out of service.
export function ChairsSection({ chairs }: { chairs: CenterChair[] }) {
  const { t } = useTranslation();
  const save = useSave();
  const saving = useMutation('center:save-chair', { invalidates: CENTER_SETUP_READS });
  const [renaming, setRenaming] = useState<string | null>(null);

  async function update(chair: CenterChair, changes: Partial<CenterChair>) {
    if (await save.run(() => saving.run({ ...chair, ...changes }))) setRenaming(null);
  }

  return (
    <section aria-labelledby="center-chairs" className="center-section">
      <h3 id="center-chairs">{t('center.chairs.title')}</h3>
      {chairs.length === 0 ? (
        <p>{t('center.chairs.empty')}</p>
      ) : (
        <ul className="center-list" aria-label={t('center.chairs.listLabel')}>
          {chairs.map((chair) => (
            <li key={chair.id} className="center-item">
              {renaming === chair.id ? (
                <RenameForm
                  chair={chair}
                  error={save.errors.name}
                  onSave={(name) => void update(chair, { name })}
                  onCancel={() => setRenaming(null)}
                />
              ) : (
                <ChairLine
                  chair={chair}
                  onRename={() => setRenaming(chair.id)}
                  onToggle={() => void update(chair, { active: !chair.active })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <AddChairForm save={save} showErrors={renaming === null} />
      <SaveStatus message={save.message} />
    </section>
  );
}

function ChairLine({ chair, onRename, onToggle }: { chair: CenterChair; onRename: () => void; onToggle: () => void }) {
  const { t } = useTranslation();
  const toggle = chair.active ? t('center.chairs.deactivate') : t('center.chairs.activate');
  return (
    <>
      <span className="center-item-name">{chair.name}</span>
      <span className="muted">
        {t(`center.chairs.${chair.kind}`)}
        {chair.area ? ` · ${chair.area}` : ''}
      </span>
      <ActiveBadge active={chair.active} />
      <span className="center-item-actions">
        <button
          type="button"
          className="button"
          onClick={onRename}
          aria-label={`${t('center.chairs.rename')} ${chair.name}`}
        >
          {t('center.chairs.rename')}
        </button>
        <button type="button" className="button" aria-label={`${toggle}: ${chair.name}`} onClick={onToggle}>
          {toggle}
        </button>
      </span>
    </>
  );
}

interface AddChairFormProps {
  save: ReturnType<typeof useSave>;
  /** False while a rename is open: its name error belongs beside the rename field, not here. */
  showErrors: boolean;
}

function AddChairForm({ save, showErrors }: AddChairFormProps) {
  const { t } = useTranslation();
  const saving = useMutation('center:save-chair', { invalidates: CENTER_SETUP_READS });
  const [draft, setDraft] = useState({ name: '', area: '', kind: 'chair' as Kind });

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await save.run(() => saving.run(draft))) setDraft({ name: '', area: '', kind: draft.kind });
  }

  return (
    <form className="center-add" onSubmit={(e) => void add(e)} noValidate>
      <Field label={t('center.chairs.name')} error={showErrors ? save.errors.name : undefined}>
        <input value={draft.name} maxLength={40} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </Field>
      <Field label={t('center.chairs.area')} error={showErrors ? save.errors.area : undefined}>
        <input value={draft.area} maxLength={64} onChange={(e) => setDraft({ ...draft, area: e.target.value })} />
      </Field>
      <Field label={t('center.chairs.kind')}>
        <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as Kind })}>
          {CHAIR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`center.chairs.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="button button-primary">
        {t('center.chairs.add')}
      </button>
    </form>
  );
}

interface RenameFormProps {
  chair: CenterChair;
  error: string | undefined;
  onSave: (name: string) => void;
  onCancel: () => void;
}

function RenameForm({ chair, error, onSave, onCancel }: RenameFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(chair.name);
  return (
    <form
      className="center-add"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave(name);
      }}
    >
      <Field label={t('center.chairs.renameLabel', { name: chair.name })} error={error}>
        <input value={name} maxLength={40} autoFocus onChange={(e) => setName(e.target.value)} />
      </Field>
      <button type="submit" className="button button-primary">
        {t('center.chairs.saveName')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('patients.cancel')}
      </button>
    </form>
  );
}
