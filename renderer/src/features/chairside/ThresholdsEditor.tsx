import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  VITAL_FIELDS,
  VITAL_UNITS,
  type VitalField,
  type VitalFlagThresholds,
} from '../../../../shared/charting/vitals';
import type { NumberValue } from '../../components/NumberField';
import { ApiError, call, useQuery } from '../../app/api';
import { useSession } from '../auth';
import { ErrorLine, NumberField } from './parts';

/**
 * The vital-sign flag thresholds, for charge nurses and administrators: center policy, not clinical facts.
 * A value outside them is flagged on the assessment, never refused.
 */
export function ThresholdsEditor() {
  const { status } = useSession();
  const role = status.user?.role;
  const current = useQuery('charting:thresholds', {});
  if (role !== 'charge-nurse' && role !== 'admin') return null;
  if (!current.data) return null;
  return (
    <Editor
      key={JSON.stringify(current.data)}
      initial={current.data.thresholds}
      isDefault={current.data.isDefault}
      onSaved={current.reload}
    />
  );
}

type Typed = Record<VitalField, { low: NumberValue; high: NumberValue }>;

/** The thresholds when every field holds a number or nothing; null while one still holds text. */
function numbersOf(value: Typed): VitalFlagThresholds | null {
  const out: Record<string, { low: number | null; high: number | null }> = {};
  for (const field of VITAL_FIELDS) {
    const { low, high } = value[field];
    if (typeof low === 'string' || typeof high === 'string') return null;
    out[field] = { low, high };
  }
  return out as VitalFlagThresholds;
}

function Editor(props: { initial: VitalFlagThresholds; isDefault: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<Typed>(props.initial);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function save() {
    const thresholds = numbersOf(value);
    if (!thresholds) {
      setError(t('chairside.thresholds.notNumbers'));
      return;
    }
    try {
      await call('charting:save-thresholds', { thresholds });
      setError(null);
      setMessage(t('chairside.thresholds.saved'));
      props.onSaved();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    }
  }
  return (
    <details className="cs-thresholds">
      <summary>{t('chairside.thresholds.title')}</summary>
      <p className="field-help">
        {t(props.isDefault ? 'chairside.thresholds.defaults' : 'chairside.thresholds.center')}
      </p>
      {VITAL_FIELDS.map((field) => (
        <div key={field} className="cs-grid">
          {(['low', 'high'] as const).map((side) => (
            <NumberField
              key={side}
              label={t(`chairside.thresholds.${side}`, { vital: t(`chairside.vital.${field}`) })}
              unit={VITAL_UNITS[field]}
              value={value[field][side]}
              onChange={(n) => setValue({ ...value, [field]: { ...value[field], [side]: n } })}
            />
          ))}
        </div>
      ))}
      {error && <ErrorLine message={error} />}
      {message && <p className="status status-ok">✓ {message}</p>}
      <button type="button" className="button button-primary" onClick={() => void save()}>
        {t('chairside.thresholds.save')}
      </button>
    </details>
  );
}
