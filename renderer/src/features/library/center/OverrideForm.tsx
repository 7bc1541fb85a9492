import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InfusionMinutes } from '../../../../../shared/clinical';
import type { LibrarySearchResult } from '../../../../../shared/ipc/contract/library';
import type { EffectiveOverride } from '../../../../../shared/ipc/contract/library-overrides';
import {
  OVERRIDE_UNITS,
  overrideTargets,
  type OverridableRecord,
  type OverrideRecordKind,
  type OverrideTarget,
} from '../../../../../shared/library/targets';
import { call } from '../../../app/api';
import { Field } from '../../../components/Field';
import { NumberField, typedNumber } from '../../../components/NumberField';
import { overrideValueText } from '../format';
import { LibrarySearch } from '../LibrarySearch';
import { SaveStatus, useLibrarySave } from './useLibrarySave';

// Adds (or replaces) one center value: pick the record, pick one of the values a center may change, give the
// value and a reason. The core checks it again and names the field when it refuses.

interface Loaded {
  targets: OverrideTarget[];
  overrides: EffectiveOverride[];
}

async function loadTargets(kind: OverrideRecordKind, id: string): Promise<Loaded> {
  let record: OverridableRecord;
  let overrides: EffectiveOverride[];
  let minutes: (drugId: string) => InfusionMinutes | undefined = () => undefined;
  if (kind === 'drug') {
    const detail = await call('library:get-drug', { id });
    record = { kind, record: detail.drug };
    overrides = detail.overrides;
  } else if (kind === 'regimen') {
    const detail = await call('library:get-regimen', { id, visits: 1 });
    record = { kind, record: detail.regimen };
    overrides = detail.overrides;
    minutes = (drugId) => detail.drugs.find((d) => d.id === drugId)?.infusionMinutes;
  } else {
    const detail = await call('library:get-car-t', { id });
    record = { kind, record: detail.product };
    overrides = detail.overrides;
  }
  return { targets: overrideTargets(record, minutes), overrides };
}

const KINDS = ['drug', 'regimen', 'car-t'] as const;

export function OverrideForm({ onSaved }: { onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<LibrarySearchResult | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [path, setPath] = useState('');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const { errors, message, run, reset } = useLibrarySave();

  useEffect(() => {
    if (!chosen || chosen.kind === 'ctcae-term') return;
    let live = true;
    void loadTargets(chosen.kind, chosen.id).then((result) => {
      if (!live) return;
      setLoaded(result);
      setPath(result.targets[0]?.path ?? '');
    });
    return () => {
      live = false;
    };
  }, [chosen]);

  const target = loaded?.targets.find((x) => x.path === path);
  const existing = loaded?.overrides.find((o) => o.fieldPath === path);
  const shipped = existing ? existing.shippedValue : (target?.shippedValue ?? null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!chosen || chosen.kind === 'ctcae-term' || !target) return;
    // The field already says beside itself why text that is not a number is refused; the core names the rest.
    const typed = typedNumber(value, i18n.language, { integer: target.isInteger });
    if (typed === 'invalid') return;
    const saved = await run(() =>
      call('library:save-override', {
        recordKind: chosen.kind as OverrideRecordKind,
        recordId: chosen.id,
        fieldPath: path,
        value: typed ?? Number.NaN,
        reason,
      }),
    );
    if (saved) {
      setValue('');
      setReason('');
      setLoaded(await loadTargets(saved.recordKind, saved.recordId));
      onSaved();
    }
  }

  const valueError = errors[path] ?? errors.value;
  return (
    <form className="lib-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="lib-add-override">
      <h4 id="lib-add-override">{t('library.center.addOverride')}</h4>
      <LibrarySearch
        label={t('library.center.findRecord')}
        kinds={KINDS}
        clearOnOpen
        placeholder={t('library.center.recordPlaceholder')}
        selectedId={chosen?.id ?? null}
        onOpen={(result) => {
          setChosen(result);
          setLoaded(null);
          reset();
        }}
      />
      {chosen && (
        <p className="lib-chosen">
          {t('library.center.chosen')} <strong lang="en">{chosen.title}</strong>
        </p>
      )}
      {loaded && (
        <>
          <Field label={t('library.center.field')} error={errors.fieldPath}>
            <select value={path} onChange={(e) => setPath(e.target.value)}>
              {loaded.targets.map((x) => (
                <option key={x.path} value={x.path}>
                  {t(`library.field.${x.fieldKind}`)} — {x.context}
                </option>
              ))}
            </select>
          </Field>
          {target && (
            <NumberField
              label={t('library.center.value', { unit: OVERRIDE_UNITS[target.fieldKind] })}
              rules={{ integer: target.isInteger }}
              help={
                shipped === null
                  ? t('library.center.noShipped')
                  : t('library.center.shippedHelp', { value: overrideValueText(target.fieldKind, shipped) })
              }
              error={valueError}
              value={value}
              onText={setValue}
            />
          )}
          {existing && (
            <p className="lib-help">
              {t('library.center.replaces', { value: overrideValueText(existing.fieldKind, existing.centerValue) })}
            </p>
          )}
          <Field label={t('library.center.reason')} help={t('library.center.reasonHelp')} error={errors.reason}>
            <textarea value={reason} rows={2} maxLength={500} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              {t('library.center.saveOverride')}
            </button>
            <SaveStatus message={message} />
          </div>
        </>
      )}
    </form>
  );
}
