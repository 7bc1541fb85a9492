import { useTranslation } from 'react-i18next';
import { ROUTES, type BagReadingDraft } from '../../../../../shared/charting/bag';
import { Field } from '../../../components/Field';
import { NumberField } from '../../../components/NumberField';
import { DateField } from '../../../components/DateField';
import { TextField } from '../parts';

export interface DrugChoice {
  id: string;
  name: string;
}

interface BagProps {
  legend: string;
  reading: BagReadingDraft;
  onChange: (reading: BagReadingDraft) => void;
  /** Every drug of the library: the label is read, never picked from the order. */
  choices: readonly DrugChoice[];
  /** Field refusals keyed by the reading's field (doseMg, lot…). */
  issues: Record<string, string>;
  readOnly: boolean;
  testId: string;
}

/**
 * What a nurse reads off the prepared bag: drug, dose, volume, rate, route, lot and expiry. Used for the
 * first nurse's record and, empty and apart, for the second nurse's independent reading.
 */
export function BagFields({ legend, reading: r, onChange, choices, issues, readOnly, testId }: BagProps) {
  const { t } = useTranslation();
  const set = (change: Partial<BagReadingDraft>) => onChange({ ...r, ...change });
  return (
    <fieldset className="cs-bag" data-testid={testId}>
      <legend>{legend}</legend>
      <div className="cs-grid">
        <Field label={t('chairside.bag.drug')} error={issues.drugId}>
          <select value={r.drugId ?? ''} disabled={readOnly} onChange={(e) => set({ drugId: e.target.value || null })}>
            <option value="">{t('chairside.bag.chooseDrug')}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <NumberField
          label={t('chairside.bag.doseMg')}
          unit="mg"
          rules={{ min: 0.001, max: 10_000, decimals: 3 }}
          value={r.doseMg}
          readOnly={readOnly}
          error={issues.doseMg}
          onChange={(doseMg) => set({ doseMg })}
        />
        <NumberField
          label={t('chairside.bag.volumeMl')}
          unit="mL"
          rules={{ min: 0.1, max: 5000, decimals: 1 }}
          value={r.volumeMl}
          readOnly={readOnly}
          error={issues.volumeMl}
          onChange={(volumeMl) => set({ volumeMl })}
        />
        <NumberField
          label={t('chairside.bag.rateMlPerHour')}
          unit="mL/h"
          rules={{ min: 0.1, max: 1000, decimals: 1 }}
          value={r.rateMlPerHour}
          readOnly={readOnly}
          error={issues.rateMlPerHour}
          onChange={(rateMlPerHour) => set({ rateMlPerHour })}
        />
        <Field label={t('chairside.bag.route')} error={issues.route}>
          <select
            value={r.route ?? ''}
            disabled={readOnly}
            onChange={(e) => set({ route: (e.target.value || null) as BagReadingDraft['route'] })}
          >
            <option value="">—</option>
            {ROUTES.map((route) => (
              <option key={route} value={route}>
                {route}
              </option>
            ))}
          </select>
        </Field>
        <TextField
          label={t('chairside.bag.lot')}
          value={r.lot}
          readOnly={readOnly}
          error={issues.lot}
          onChange={(lot) => set({ lot })}
        />
        <DateField
          label={t('chairside.bag.expiry')}
          error={issues.expiry}
          value={r.expiry ?? ''}
          readOnly={readOnly}
          onChange={(expiry) => set({ expiry: expiry || null })}
        />
      </div>
    </fieldset>
  );
}
