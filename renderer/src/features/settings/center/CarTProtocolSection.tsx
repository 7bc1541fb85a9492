import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarTProtocol } from '../../../../../shared/ipc/contract/car-t-protocol';
import { useMutation, useQuery } from '../../../app/api';
import { NumberField, typedNumber } from '../../../components/NumberField';
import { SaveStatus } from './parts';
import { useSave } from './useSave';
import { SourceCitation } from '../../../components/SourceCitation';

// Settings › CAR T protocol: per product, the chair minutes the labels do not give (the center's own protocol,
// labelled so), the monitoring visit's length, and how many daily monitoring visits to book (empty: the label's
// number of days, shown with its source). The core refuses booking a CAR T plan until the minutes are set.

const KEYS = ['ldChairMinutes', 'infusionChairMinutes', 'monitoringVisitMinutes', 'monitoringDays'] as const;
type Key = (typeof KEYS)[number];
type Draft = Record<Key, string>;
const RULES: Record<Key, { integer: true; min: number; max: number }> = {
  ldChairMinutes: { integer: true, min: 5, max: 720 },
  infusionChairMinutes: { integer: true, min: 5, max: 720 },
  monitoringVisitMinutes: { integer: true, min: 5, max: 720 },
  monitoringDays: { integer: true, min: 0, max: 28 },
};

const toDraft = (p: CarTProtocol): Draft =>
  Object.fromEntries(KEYS.map((k) => [k, p[k] === null ? '' : String(p[k])])) as Draft;

export function CarTProtocolSection() {
  const { t } = useTranslation();
  const protocols = useQuery('center:car-t-protocols', {});
  if (protocols.error) return <p className="status status-error">{protocols.error.message}</p>;
  return (
    <section aria-labelledby="car-t-protocol" className="center-section">
      <h3 id="car-t-protocol">{t('center.carT.title')}</h3>
      <p className="muted">{t('center.carT.intro')}</p>
      {(protocols.data ?? []).map((p) => (
        <ProductForm key={p.productId} protocol={p} />
      ))}
    </section>
  );
}

function ProductForm({ protocol }: { protocol: CarTProtocol }) {
  const { t, i18n } = useTranslation();
  const save = useSave();
  const saving = useMutation('center:save-car-t-protocol', { invalidates: ['center:car-t-protocols'] });
  const [draft, setDraft] = useState(() => toDraft(protocol));
  useEffect(() => setDraft(toDraft(protocol)), [protocol]);
  const titleId = `car-t-${protocol.productId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const values = KEYS.map((k) => [k, typedNumber(draft[k], i18n.language, RULES[k])] as const);
    if (values.some(([, v]) => v === 'invalid')) return;
    const input = Object.fromEntries(values) as Record<Key, number | null>;
    await save.run(() => saving.run({ productId: protocol.productId, ...input }));
  }

  const source = protocol.labelMonitoringSources[0];
  const help = (key: Key) =>
    key === 'monitoringDays' ? (
      <>
        {t('center.carT.monitoringDaysHelp', { count: protocol.labelMonitoringDays })}{' '}
        {source && <SourceCitation title={source.title} revised={source.effective} />}
      </>
    ) : key === 'monitoringVisitMinutes' ? undefined : (
      `ℹ ${t('center.carT.centerProtocol')}`
    );
  return (
    <form className="form car-t-protocol" aria-labelledby={titleId} onSubmit={(e) => void submit(e)} noValidate>
      <h4 id={titleId}>{protocol.productName}</h4>
      <ProtocolState protocol={protocol} />
      {KEYS.map((key) => (
        <NumberField
          key={key}
          label={t(`center.carT.${key}`)}
          rules={RULES[key]}
          value={draft[key]}
          error={save.errors[key]}
          className="short-number"
          help={help(key)}
          onText={(text) => setDraft({ ...draft, [key]: text })}
        />
      ))}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('center.carT.save', { product: protocol.productName })}
        </button>
        <SaveStatus message={save.message} />
      </div>
    </form>
  );
}

function ProtocolState({ protocol }: { protocol: CarTProtocol }) {
  const { t } = useTranslation();
  if (protocol.missing.length === 0)
    return (
      <p className="status status-ok" data-testid="car-t-protocol-state">
        <span aria-hidden="true">✓ </span>
        {t('center.carT.ready')}
      </p>
    );
  const fields = protocol.missing.map((k) => t(`center.carT.${k}`)).join('; ');
  return (
    <p className="status status-warn" data-testid="car-t-protocol-state">
      <span aria-hidden="true">⚠ </span>
      {t('center.carT.missing', { fields })}
    </p>
  );
}
