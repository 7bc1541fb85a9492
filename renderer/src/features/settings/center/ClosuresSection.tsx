import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Closure } from '../../../../../shared/ipc/contract/center';
import { useMutation } from '../../../app/api';
import { CLOSURE_READS } from './center-reads';
import { Field } from '../../../components/Field';
import { DateField } from '../../../components/DateField';
import { formatDay } from '../../../lib/dates';
import { ClosedDayBookings } from './ClosedDayBookings';
import { SaveStatus } from './parts';
import { useSave } from './useSave';

export function ClosuresSection({ closures }: { closures: Closure[] }) {
  const { t, i18n } = useTranslation();
  const save = useSave();
  const saving = useMutation('center:save-closure', { invalidates: CLOSURE_READS });
  const deleting = useMutation('center:delete-closure', { invalidates: CLOSURE_READS });
  const [draft, setDraft] = useState({ date: '', reason: '' });
  const [reviewing, setReviewing] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await save.run(() => saving.run(draft))) {
      setReviewing(draft.date);
      setDraft({ date: '', reason: '' });
    }
  }

  async function remove(date: string) {
    await save.run(() => deleting.run({ date }));
  }

  return (
    <section aria-labelledby="center-closures" className="center-section">
      <h3 id="center-closures">{t('center.closures.title')}</h3>
      <p className="field-help">{t('center.closures.help')}</p>
      {closures.length === 0 ? (
        <p>{t('center.closures.empty')}</p>
      ) : (
        <ul className="center-list" aria-label={t('center.closures.listLabel')}>
          {closures.map((c) => {
            const date = formatDay(c.date, i18n.language);
            return (
              <li key={c.date} className="center-item">
                <span className="center-item-name">{date}</span>
                <span className="closure-reason">{c.reason}</span>
                <span className="center-item-actions">
                  <button type="button" className="button" onClick={() => setReviewing(c.date)}>
                    {t('center.closures.review')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('center.closures.removeLabel', { date })}
                    onClick={() => void remove(c.date)}
                  >
                    <span aria-hidden="true">✕ </span>
                    {t('center.closures.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {reviewing && <ClosedDayBookings date={reviewing} onDone={() => setReviewing(null)} />}
      <form className="center-add" onSubmit={(e) => void add(e)} noValidate>
        <DateField
          label={t('center.closures.date')}
          error={save.errors.date}
          value={draft.date}
          onChange={(date) => setDraft({ ...draft, date })}
        />
        <Field label={t('center.closures.reason')} error={save.errors.reason}>
          <input
            value={draft.reason}
            maxLength={200}
            onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
          />
        </Field>
        <button type="submit" className="button button-primary">
          {t('center.closures.add')}
        </button>
      </form>
      <SaveStatus message={save.message} />
    </section>
  );
}
