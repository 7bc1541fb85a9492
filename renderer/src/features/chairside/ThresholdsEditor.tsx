import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  VITAL_FIELDS,
  VITAL_UNITS,
  type VitalField,
  type VitalFlagThresholds,
} from '../../../../shared/charting/vitals';
import type { NumberValue } from '../../components/NumberField';
import { ApiError, useMutation, useQuery } from '../../app/api';
import { useSession } from '../auth';
import { ErrorLine, NumberField } from './parts';

/**
 * The vital-sign flag thresholds, for charge nurses and administrators: center policy, not clinical facts.
 * A value outside them is flagged on the assessment, never refused. Saving invalidates this read and the visit, which
 * flags with them; the editor is not remounted with the stored values (they are what it holds), so its "saved"
 * line stays.
 */
export function ThresholdsEditor() {
  const { status } = useSession();
  const role = status.user?.role;
  const current = useQuery('charting:thresholds', {});
  if (role !== 'charge-nurse' && role !== 'admin') return null;
  if (!current.data) return null;
  return <Editor initial={current.data.thresholds} isDefault={current.data.isDefault} />;
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

function Editor(props: { initial: VitalFlagThresholds; isDefault: boolean }) {
  const { t } = useTranslation();
  const saving = useMutation('charting:save-thresholds', { invalidates: ['charting:thresholds', 'charting:context'] });
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
      await saving.run({ thresholds });
      setError(null);
      setMessage(t('chairside.thresholds.saved'));
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
      <button type="button" className="button button-primary" disabled={saving.pending} onClick={() => void save()}>
        {t('chairside.thresholds.save')}
      </button>
    </details>
  );
}
