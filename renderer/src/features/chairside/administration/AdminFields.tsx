import { useTranslation } from 'react-i18next';
import { LINES, type AdministrationDraft } from '../../../../../shared/charting/kinds-visit';
import type { VisitDrug } from '../../../../../shared/ipc/contract/charting-visit';
import { Field } from '../../../components/Field';
import { Radios, TextField, Unverified } from '../parts';

interface FieldsProps {
  drug: VisitDrug;
  payload: AdministrationDraft;
  update: (change: Partial<AdministrationDraft>) => void;
  issues: Record<string, string>;
  readOnly: boolean;
}

/** What is recorded about the line: line, site, in-line filter (with the library's wording), premedication. */
export function AdminFields({ drug, payload: p, update, issues, readOnly }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="cs-grid">
        <Field label={t('chairside.admin.line')} error={issues.line}>
          <select
            value={p.line ?? ''}
            disabled={readOnly}
            onChange={(e) => update({ line: (e.target.value || null) as AdministrationDraft['line'] })}
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
          value={p.site ?? ''}
          readOnly={readOnly}
          onChange={(site) => update({ site })}
        />
      </div>
      <div className="cs-filter">
        <p>
          <strong>{t('chairside.admin.filterLibrary')}</strong>{' '}
          {drug.filterText === null ? t('chairside.admin.noFilterText') : <span lang="en">{drug.filterText}</span>}
        </p>
        {drug.filterText === null && drug.filterUnverified.length === 0 ? (
          <p className="status status-warn">
            <span aria-hidden="true">⚠ </span>
            {t('chairside.unverified')} {t('chairside.admin.filterNotFound')}
          </p>
        ) : (
          <Unverified items={drug.filterUnverified} />
        )}
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
        value={p.premedication ?? ''}
        readOnly={readOnly}
        onChange={(premedication) => update({ premedication })}
      />
    </>
  );
}
