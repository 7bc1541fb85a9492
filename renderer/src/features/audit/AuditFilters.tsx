import type { ColumnFiltersState } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { actionWords } from './code-words';

export interface DayRange {
  from: string;
  to: string;
}

interface Props {
  days: DayRange;
  onDaysChange: (days: DayRange) => void;
  filters: ColumnFiltersState;
  onFiltersChange: (filters: ColumnFiltersState) => void;
  users: string[];
  actions: string[];
}

/** Dates go to the core (they choose which events load); user, patient and action filter the table. */
export function AuditFilters({ days, onDaysChange, filters, onFiltersChange, users, actions }: Props) {
  const { t } = useTranslation();
  const value = (id: string) => (filters.find((f) => f.id === id)?.value as string | undefined) ?? '';
  const set = (id: string, next: string) =>
    onFiltersChange([...filters.filter((f) => f.id !== id), ...(next ? [{ id, value: next }] : [])]);
  return (
    <fieldset className="audit-filters">
      <legend>{t('audit.filters')}</legend>
      <DateField label={t('audit.from')} value={days.from} onChange={(from) => onDaysChange({ ...days, from })} />
      <DateField label={t('audit.to')} value={days.to} onChange={(to) => onDaysChange({ ...days, to })} />
      <label>
        {t('audit.user')}
        <select value={value('user')} onChange={(e) => set('user', e.target.value)}>
          <option value="">{t('audit.allUsers')}</option>
          {users.map((u) => (
            <option key={u}>{u}</option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.patient')}
        <input value={value('patient')} onChange={(e) => set('patient', e.target.value)} />
      </label>
      <label>
        {t('audit.action')}
        <select value={value('action')} onChange={(e) => set('action', e.target.value)}>
          <option value="">{t('audit.allActions')}</option>
          {actions.map((a) => (
            <option key={a} value={a} title={a}>
              {actionWords(a)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        onClick={() => {
          onFiltersChange([]);
          onDaysChange({ from: '', to: '' });
        }}
      >
        {t('audit.clear')}
      </button>
    </fieldset>
  );
}
