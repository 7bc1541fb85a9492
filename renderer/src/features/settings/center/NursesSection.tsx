import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterNurse } from '../../../../../shared/ipc/contract/center';
import { formatMinutes } from '../../../../../shared/center/calendar';
import { useMutation } from '../../../app/api';
import { CENTER_SETUP_READS } from './center-reads';
import { Field } from '../../../components/Field';
import { ActiveBadge, SaveStatus, WEEK_ORDER, weekdayName } from './parts';
import { ShiftsEditor } from './ShiftsEditor';
import { useSave } from './useSave';
import { withColon } from '../../../i18n/colon';

function shiftSummary(nurse: CenterNurse, locale: string, none: string): string {
  const parts = WEEK_ORDER.flatMap((weekday) => {
    const s = nurse.shifts.find((x) => x.weekday === weekday);
    return s
      ? [`${weekdayName(weekday, locale).slice(0, 3)} ${formatMinutes(s.startMinute)}–${formatMinutes(s.endMinute)}`]
      : [];
  });
  return parts.length > 0 ? parts.join(' · ') : none;
}

export function NursesSection({ nurses }: { nurses: CenterNurse[] }) {
  const { t, i18n } = useTranslation();
  const save = useSave();
  const saving = useMutation('center:save-nurse', { invalidates: CENTER_SETUP_READS });
  const [draft, setDraft] = useState({ displayName: '', initials: '' });

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await save.run(() => saving.run(draft))) setDraft({ displayName: '', initials: '' });
  }

  async function toggle(nurse: CenterNurse) {
    const { shifts: _shifts, ...fields } = nurse;
    await save.run(() => saving.run({ ...fields, active: !nurse.active }));
  }

  return (
    <section aria-labelledby="center-nurses" className="center-section">
      <h3 id="center-nurses">{t('center.nurses.title')}</h3>
      {nurses.length === 0 && <p>{t('center.nurses.empty')}</p>}
      <ul className="center-list" aria-label={t('center.nurses.listLabel')}>
        {nurses.map((nurse) => (
          <li key={nurse.id} className="center-item center-item-block">
            <span className="center-item-name">
              {nurse.displayName} ({nurse.initials})
            </span>
            <ActiveBadge active={nurse.active} inactiveText={t('center.nurses.away')} />
            <span className="center-item-actions">
              <button
                type="button"
                className="button"
                onClick={() => void toggle(nurse)}
                aria-label={`${withColon(nurse.active ? t('center.nurses.deactivate') : t('center.nurses.activate'))} ${nurse.displayName}`}
              >
                {nurse.active ? t('center.nurses.deactivate') : t('center.nurses.activate')}
              </button>
            </span>
            <details className="shifts">
              <summary>
                {withColon(t('center.nurses.shifts'))}{' '}
                <span className="muted">{shiftSummary(nurse, i18n.language, t('center.nurses.noShifts'))}</span>
              </summary>
              <ShiftsEditor nurse={nurse} />
            </details>
          </li>
        ))}
      </ul>
      <form className="center-add" onSubmit={(e) => void add(e)} noValidate>
        <Field label={t('center.nurses.name')} error={save.errors.displayName}>
          <input
            value={draft.displayName}
            maxLength={80}
            onChange={(e) => setDraft({ ...draft, displayName: e.target.value })}
          />
        </Field>
        <Field label={t('center.nurses.initials')} error={save.errors.initials}>
          <input
            value={draft.initials}
            maxLength={4}
            className="short-input"
            onChange={(e) => setDraft({ ...draft, initials: e.target.value })}
          />
        </Field>
        <button type="submit" className="button button-primary">
          {t('center.nurses.add')}
        </button>
      </form>
      <SaveStatus message={save.message} />
    </section>
  );
}
