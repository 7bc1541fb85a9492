import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VITAL_FIELDS, VITAL_UNITS, type VitalFlagThresholds } from '../../../../shared/charting/vitals';
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

function Editor(props: { initial: VitalFlagThresholds; isDefault: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(props.initial);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function save() {
    try {
      await call('charting:save-thresholds', { thresholds: value });
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
