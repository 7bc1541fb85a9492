import { useTranslation } from 'react-i18next';
import { LINES, type AdministrationPayload } from '../../../../../shared/charting/kinds-visit';
import type { VisitDrug } from '../../../../../shared/ipc/contract/charting';
import { Field } from '../../../components/Field';
import { NumberField, Radios, TextField, Unverified } from '../parts';

interface FieldsProps {
  drug: VisitDrug;
  payload: AdministrationPayload;
  update: (change: Partial<AdministrationPayload>) => void;
  issues: Record<string, string>;
  readOnly: boolean;
}

/** What is recorded about the bag and the line: rate (fixed once started), volume, line, site, lot, filter. */
export function AdminFields({ drug, payload: p, update, issues, readOnly }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="cs-grid">
        <NumberField
          label={t('chairside.admin.rate')}
          unit="mL/h"
          value={p.rateMlPerHour}
          readOnly={readOnly || Boolean(p.startTime)}
          error={issues.rateMlPerHour}
          onChange={(rateMlPerHour) => update({ rateMlPerHour })}
        />
        <NumberField
          label={t('chairside.admin.volume')}
          unit="mL"
          value={p.volumeMl}
          readOnly={readOnly}
          error={issues.volumeMl}
          onChange={(volumeMl) => update({ volumeMl })}
        />
        <Field label={t('chairside.admin.line')} error={issues.line}>
          <select
            value={p.line ?? ''}
            disabled={readOnly}
            onChange={(e) => update({ line: (e.target.value || null) as AdministrationPayload['line'] })}
          >
            <option value="">—</option>
            {LINES.map((l) => (
              <option key={l} value={l}>
                {t(`chairside.admin.lines.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        <TextField
          label={t('chairside.admin.site')}
          value={p.site}
          readOnly={readOnly}
          onChange={(site) => update({ site })}
        />
        <TextField
          label={t('chairside.admin.lot')}
          value={p.lot}
          readOnly={readOnly}
          error={issues.lot}
          onChange={(lot) => update({ lot })}
        />
      </div>
      <div className="cs-filter">
        <p>
          <strong>{t('chairside.admin.filterLibrary')}:</strong> {drug.filterText ?? t('chairside.admin.noFilterText')}
        </p>
        <Unverified
          items={
            drug.filterText === null && drug.filterUnverified.length === 0
              ? ['-: ' + t('chairside.admin.filterNotFound')]
              : drug.filterUnverified
          }
        />
        <Radios
          legend={t('chairside.admin.filterUsed')}
          inline
          options={[
            { value: 'yes', label: t('chairside.yes') },
            { value: 'no', label: t('chairside.no') },
          ]}
          value={p.filterUsed}
          readOnly={readOnly}
          error={issues.filterUsed}
          onChange={(filterUsed) => update({ filterUsed })}
        />
      </div>
      <TextField
        label={t('chairside.admin.premedication')}
        value={p.premedication}
        readOnly={readOnly}
        onChange={(premedication) => update({ premedication })}
      />
    </>
  );
}
