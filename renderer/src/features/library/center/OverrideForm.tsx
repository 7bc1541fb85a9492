import { useState, type FormEvent } from 'react';
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
import { useMutation, useQuery } from '../../../app/api';
import { Field } from '../../../components/Field';
import { NumberField, typedNumber } from '../../../components/NumberField';
import { overrideValueText } from '../format';
import { LibrarySearch } from '../LibrarySearch';
import { SaveStatus, useLibrarySave } from './useLibrarySave';
import { OVERRIDE_READS } from './library-reads';

// Adds (or replaces) one center value: pick the record, pick one of the values a center may change, give the
// value and a reason. The core checks it again and names the field when it refuses.

interface Loaded {
  targets: OverrideTarget[];
  overrides: EffectiveOverride[];
}

/** What the record lets a center change, as the core reads it now (a saved value invalidates these reads). */
function useOverrideTargets(chosen: LibrarySearchResult | null): Loaded | null {
  const kind = chosen?.kind;
  const id = chosen?.id ?? '';
  const drug = useQuery('library:get-drug', { id }, { enabled: kind === 'drug' });
  const regimen = useQuery('library:get-regimen', { id, visits: 1 }, { enabled: kind === 'regimen' });
  const carT = useQuery('library:get-car-t', { id }, { enabled: kind === 'car-t' });
  let record: OverridableRecord;
  let overrides: EffectiveOverride[];
  let minutes: (drugId: string) => InfusionMinutes | undefined = () => undefined;
  if (kind === 'drug' && drug.data) {
    record = { kind, record: drug.data.drug };
    overrides = drug.data.overrides;
  } else if (kind === 'regimen' && regimen.data) {
    const detail = regimen.data;
    record = { kind, record: detail.regimen };
    overrides = detail.overrides;
    minutes = (drugId) => detail.drugs.find((d) => d.id === drugId)?.infusionMinutes;
  } else if (kind === 'car-t' && carT.data) {
    record = { kind, record: carT.data.product };
    overrides = carT.data.overrides;
  } else {
    return null;
  }
  return { targets: overrideTargets(record, minutes), overrides };
}

const KINDS = ['drug', 'regimen', 'car-t'] as const;

export function OverrideForm() {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<LibrarySearchResult | null>(null);
  const loaded = useOverrideTargets(chosen);
  const saving = useMutation('library:save-override', { invalidates: OVERRIDE_READS });
  const [picked, setPicked] = useState('');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const { errors, message, run, reset } = useLibrarySave();

  // The record's first value until the nurse picks another (a record just chosen starts at its first).
  const path = loaded?.targets.some((x) => x.path === picked) ? picked : (loaded?.targets[0]?.path ?? '');
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
      saving.run({
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
          setPicked('');
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
            <select value={path} onChange={(e) => setPicked(e.target.value)}>
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
            <button type="submit" className="button button-primary" disabled={saving.pending}>
              {t('library.center.saveOverride')}
            </button>
            <SaveStatus message={message} />
          </div>
        </>
      )}
    </form>
  );
}
